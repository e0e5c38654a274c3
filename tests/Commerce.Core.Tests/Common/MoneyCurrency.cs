using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class MoneyCurrency
{
    [Fact]
    public void NormalizesTheCodeToUpperCase()
    {
        Assert.Equal("EUR", new Money(1m, " eur ").Currency);
    }

    [Theory]
    [InlineData("")]
    [InlineData("US")]
    [InlineData("EURO")]
    [InlineData("U$D")]
    [InlineData(null)]
    public void RefusesAnythingButThreeLetters(string? code)
    {
        Assert.Throws<DomainException>(() => new Money(1m, code!));
    }
}
