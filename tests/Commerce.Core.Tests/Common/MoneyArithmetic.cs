using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class MoneyArithmetic
{
    [Fact]
    public void AddsAndSubtractsInTheSameCurrency()
    {
        var total = new Money(10.25m, "USD") + new Money(4.75m, "USD") - new Money(3m, "USD");

        Assert.Equal(new Money(12m, "USD"), total);
    }

    [Fact]
    public void RefusesToAddDifferentCurrencies()
    {
        Assert.Throws<DomainException>(() => new Money(1m, "USD") + new Money(1m, "EUR"));
        Assert.Throws<DomainException>(() => new Money(1m, "USD") - new Money(1m, "EUR"));
    }

    [Fact]
    public void MultipliesByQuantityAndFactorWithoutRounding()
    {
        Assert.Equal(30.03m, new Money(10.01m, "USD").Multiply(3).Amount);
        Assert.Equal(1.2345m, new Money(12.345m, "USD").Multiply(0.1m).Amount);
    }

    [Fact]
    public void SumsAnEmptyListToZeroInTheGivenCurrency()
    {
        var sum = Money.Sum([], "EUR");

        Assert.True(sum.IsZero);
        Assert.Equal("EUR", sum.Currency);
    }

    [Fact]
    public void SumRefusesAnAmountInAnotherCurrency()
    {
        Money[] values = [new(1m, "USD"), new(2m, "EUR")];

        Assert.Throws<DomainException>(() => Money.Sum(values, "USD"));
    }

    [Fact]
    public void NegatesTheAmountAndKeepsTheCurrency()
    {
        var refund = new Money(5m, "GBP").Negate();

        Assert.True(refund.IsNegative);
        Assert.Equal(new Money(-5m, "GBP"), refund);
    }
}
