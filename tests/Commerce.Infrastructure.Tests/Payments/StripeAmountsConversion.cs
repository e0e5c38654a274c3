using Commerce.Core.Common;
using Commerce.Infrastructure.Payments.Stripe;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed class StripeAmountsConversion
{
    [Theory]
    [InlineData(54.98, "USD", 5498)]
    [InlineData(0.5, "EUR", 50)]
    [InlineData(5400, "JPY", 5400)]
    [InlineData(12000, "KRW", 12000)]
    [InlineData(1.25, "KWD", 1250)]
    [InlineData(500, "ISK", 50000)]
    public void ConvertsToTheCurrencysSmallestUnit(decimal amount, string currency, long expected)
    {
        Assert.Equal(expected, StripeAmounts.ToMinorUnits(new Money(amount, currency)));
        Assert.Equal(new Money(amount, currency), StripeAmounts.FromMinorUnits(expected, currency.ToLowerInvariant()));
    }

    [Theory]
    [InlineData(10.005, "USD")]
    [InlineData(100.5, "JPY")]
    [InlineData(500.5, "ISK")]
    public void RefusesAnAmountThatCannotBeChargedExactly(decimal amount, string currency) =>
        Assert.Throws<InvalidOperationException>(() => StripeAmounts.ToMinorUnits(new Money(amount, currency)));
}
