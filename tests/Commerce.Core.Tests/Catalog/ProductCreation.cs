using Commerce.Core.Catalog;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class ProductCreation
{
    [Fact]
    public void StartsAsAnUnpublishedDraftThatTracksStock()
    {
        var product = SampleProducts.Tee();

        Assert.Equal(ProductStatus.Draft, product.Status);
        Assert.Null(product.PublishedAt);
        Assert.True(product.TrackInventory);
        Assert.Equal("TEE", product.Sku);
        Assert.Equal(new Money(20m, "USD"), product.Price);
    }

    [Fact]
    public void RefusesANegativePrice()
    {
        Assert.Throws<DomainException>(() =>
            new Product(1, 1, "Tee", "tee", "TEE", new Money(-0.01m, "USD")));
    }

    [Theory]
    [InlineData("Organic Tee")]
    [InlineData("organic_tee")]
    public void RefusesASlugThatIsNotASlug(string slug)
    {
        Assert.Throws<DomainException>(() => new Product(1, 1, "Tee", slug, "TEE", new Money(1m, "USD")));
    }

    [Fact]
    public void RefusesABlankOrOverlongName()
    {
        var product = SampleProducts.Tee();

        Assert.Throws<DomainException>(() => product.Rename("  "));
        Assert.Throws<DomainException>(() => product.Rename(new string('x', 201)));
        Assert.Equal("Organic Tee", product.Name);
    }
}
