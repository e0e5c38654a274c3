using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class VariantWasPrice
{
    [Fact]
    public void ShowsTheCompareAtPriceOnlyWhenItIsHigher()
    {
        var variant = SampleProducts.Tee(price: 20m).AddVariant("TEE-M", SampleProducts.Options("M", "Black"));

        variant.SetPrice(null, 25m);
        Assert.Equal(new Money(25m, "USD"), variant.WasPrice);

        variant.SetPrice(null, 20m);
        Assert.Null(variant.WasPrice);
    }

    [Fact]
    public void FallsBackToTheProductCompareAtPrice()
    {
        var product = SampleProducts.Tee(price: 20m);
        product.Reprice(new Money(20m, "USD"), compareAtPrice: 30m);
        var variant = product.AddVariant("TEE-M", SampleProducts.Options("M", "Black"));

        Assert.Equal(new Money(30m, "USD"), variant.WasPrice);

        variant.SetPrice(priceOverride: 35m, compareAtPrice: null);
        Assert.Null(variant.WasPrice);
    }
}
