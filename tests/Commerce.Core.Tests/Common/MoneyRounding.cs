using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class MoneyRounding
{
    [Theory]
    [InlineData(2.345, 2.35)]
    [InlineData(2.355, 2.36)]
    [InlineData(-2.345, -2.35)]
    [InlineData(2.344, 2.34)]
    public void RoundsHalfAwayFromZero(decimal amount, decimal expected)
    {
        Assert.Equal(expected, new Money(amount, "USD").Round().Amount);
    }

    [Fact]
    public void KeepsTheCurrencyWhenRounding()
    {
        Assert.Equal("EUR", new Money(1.005m, "EUR").Round().Currency);
    }
}
