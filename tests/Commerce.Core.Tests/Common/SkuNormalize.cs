using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class SkuNormalize
{
    [Fact]
    public void TrimsAndUpperCases()
    {
        Assert.Equal("TEE-BLK_L.2", Sku.Normalize("  tee-blk_l.2 "));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("TEE BLK")]
    [InlineData("TEE/BLK")]
    [InlineData("TÉE")]
    public void RefusesBlankOrForeignCharacters(string? sku)
    {
        Assert.Throws<DomainException>(() => Sku.Normalize(sku));
    }

    [Fact]
    public void RefusesMoreThanSixtyFourCharacters()
    {
        Assert.Equal(64, Sku.Normalize(new string('A', 64)).Length);
        Assert.Throws<DomainException>(() => Sku.Normalize(new string('A', 65)));
    }
}
