using Commerce.Core.Customers;

namespace Commerce.Core.Tests.Customers;

public class CustomerDisplayName
{
    [Fact]
    public void JoinsTheNamesPresent()
    {
        Assert.Equal("Ada Lovelace", new Customer("ada@example.com", " Ada ", "Lovelace").DisplayName);
        Assert.Equal("Ada", new Customer("ada@example.com", "Ada", null).DisplayName);
    }

    [Fact]
    public void FallsBackToEmail()
    {
        Assert.Equal("ada@example.com", new Customer("ada@example.com", " ", null).DisplayName);
    }
}
