using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class ProductReprice
{
    [Fact]
    public void RefusesAPriceInAnotherCurrency()
    {
        var product = SampleProducts.Tee();

        Assert.Throws<DomainException>(() => product.Reprice(new Money(18m, "EUR")));
        Assert.Equal(20m, product.BasePrice);
    }

    [Fact]
    public void RefusesNegativeCompareAtOrCostPrices()
    {
        var product = SampleProducts.Tee();

        Assert.Throws<DomainException>(() => product.Reprice(new Money(18m, "USD"), compareAtPrice: -1m));
        Assert.Throws<DomainException>(() => product.Reprice(new Money(18m, "USD"), costPrice: -1m));
    }

    [Fact]
    public void ClearsCompareAtAndCostWhenNotGiven()
    {
        var product = SampleProducts.Tee();
        product.Reprice(new Money(18m, "USD"), compareAtPrice: 25m, costPrice: 7m);

        product.Reprice(new Money(19m, "USD"));

        Assert.Equal(19m, product.BasePrice);
        Assert.Null(product.CompareAtPrice);
        Assert.Null(product.CostPrice);
    }
}
