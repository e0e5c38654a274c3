using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class MoneyComparison
{
    [Fact]
    public void OrdersAmountsInTheSameCurrency()
    {
        var small = new Money(1m, "USD");
        var large = new Money(2m, "USD");

        Assert.True(small < large);
        Assert.True(large >= small);
        Assert.Equal(small, small.Min(large));
        Assert.Equal(large, small.Max(large));
    }

    [Fact]
    public void RefusesToCompareDifferentCurrencies()
    {
        var dollars = new Money(1m, "USD");
        var euros = new Money(2m, "EUR");

        Assert.Throws<DomainException>(() => dollars < euros);
        Assert.Throws<DomainException>(() => dollars.Max(euros));
    }

    [Fact]
    public void TreatsTrailingZerosAsTheSameAmount()
    {
        Assert.Equal(new Money(1.5m, "USD"), new Money(1.50m, "usd"));
        Assert.NotEqual(new Money(1.5m, "USD"), new Money(1.5m, "EUR"));
    }
}
