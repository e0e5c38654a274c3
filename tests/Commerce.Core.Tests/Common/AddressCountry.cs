using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class AddressCountry
{
    [Fact]
    public void NormalizesTheCountryCode()
    {
        var address = new Address("Ada", "1 Main St", null, "Springfield", null, "12345", " us ", null);

        Assert.Equal("US", address.CountryCode);
    }

    [Theory]
    [InlineData("USA")]
    [InlineData("U1")]
    [InlineData("")]
    public void RefusesAnythingButTwoLetters(string code)
    {
        Assert.Throws<DomainException>(() => new Address("Ada", "1 Main St", null, "Springfield", null, "12345", code, null));
    }
}
