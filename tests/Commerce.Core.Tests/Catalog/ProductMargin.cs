using Commerce.Core.Catalog;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class ProductMargin
{
    [Fact]
    public void IsPriceLessCostAsAShareOfThePrice()
    {
        var margin = GrossMargin.Of(new Money(40m, "USD"), 30m);

        Assert.Equal((new Money(10m, "USD"), 25.0m), (margin!.Value.Amount, margin.Value.Percent));
    }

    [Fact]
    public void IsUnknownWithoutACost() => Assert.Null(GrossMargin.Of(new Money(40m, "USD"), null));

    [Fact]
    public void HasNoPercentageAtAZeroPrice() => Assert.Null(GrossMargin.Of(new Money(0m, "USD"), 5m)!.Value.Percent);

    [Fact]
    public void CanBeNegative() => Assert.Equal(-50.0m, GrossMargin.Of(new Money(10m, "USD"), 15m)!.Value.Percent);
}
