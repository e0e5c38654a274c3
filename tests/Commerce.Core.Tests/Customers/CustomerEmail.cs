using Commerce.Core.Common;
using Commerce.Core.Customers;

namespace Commerce.Core.Tests.Customers;

public class CustomerEmail
{
    [Fact]
    public void IsTrimmedAndLowerCased()
    {
        Assert.Equal("ada@example.com", Customer.NormalizeEmail("  Ada@Example.COM "));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ada")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada lovelace@example.com")]
    public void RefusesWhatIsNotAnAddress(string email)
    {
        Assert.Throws<DomainException>(() => Customer.NormalizeEmail(email));
    }
}
