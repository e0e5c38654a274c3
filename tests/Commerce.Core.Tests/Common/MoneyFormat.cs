using System.Globalization;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class MoneyFormat
{
    [Theory]
    [InlineData(12.5, "USD", "$12.50")]
    [InlineData(1234.5, "EUR", "€1,234.50")]
    [InlineData(-3, "GBP", "-£3.00")]
    [InlineData(7, "CHF", "CHF 7.00")]
    public void ShowsSymbolSignAndTwoDecimals(decimal amount, string currency, string expected)
    {
        Assert.Equal(expected, new Money(amount, currency).Format());
    }

    [Fact]
    public void UsesTheCultureForSeparators()
    {
        Assert.Equal("€1.234,50", new Money(1234.5m, "EUR").Format(CultureInfo.GetCultureInfo("de-DE")));
    }
}
