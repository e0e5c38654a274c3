using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class VariantPrice
{
    [Fact]
    public void FallsBackToProductPrice()
    {
        var product = SampleProducts.Tee(price: 20m);
        var variant = product.AddVariant("TEE-M", SampleProducts.Options("M", "Black"));

        Assert.Equal(new Money(20m, "USD"), variant.Price);

        product.Reprice(new Money(22m, "USD"));
        Assert.Equal(new Money(22m, "USD"), variant.Price);
    }

    [Fact]
    public void UsesItsOwnPriceWhenOverridden()
    {
        var variant = SampleProducts.Tee(price: 20m).AddVariant("TEE-XXL", SampleProducts.Options("XXL", "Black"), priceOverride: 24m);

        Assert.Equal(new Money(24m, "USD"), variant.Price);
    }

    [Fact]
    public void RefusesNegativeOverrideOrCompareAt()
    {
        var variant = SampleProducts.Tee().AddVariant("TEE-M", SampleProducts.Options("M", "Black"));

        Assert.Throws<DomainException>(() => variant.SetPrice(-1m, null));
        Assert.Throws<DomainException>(() => variant.SetPrice(null, -1m));
    }
}
