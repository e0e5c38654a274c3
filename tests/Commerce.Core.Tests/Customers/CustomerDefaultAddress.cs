using Commerce.Core.Common;
using Commerce.Core.Customers;

namespace Commerce.Core.Tests.Customers;

public class CustomerDefaultAddress
{
    private static Address At(string line1) => new("Ada Lovelace", line1, null, "Springfield", null, "12345", "US", null);

    [Fact]
    public void FirstAddressOfEachKindBecomesDefault()
    {
        var customer = new Customer("ada@example.com", "Ada", null);

        var home = customer.AddAddress(At("1 Main St"), AddressKind.Shipping);
        var office = customer.AddAddress(At("2 Work Rd"), AddressKind.Shipping);
        var billing = customer.AddAddress(At("1 Main St"), AddressKind.Billing);

        Assert.True(home.IsDefault);
        Assert.False(office.IsDefault);
        Assert.True(billing.IsDefault);
    }

    [Fact]
    public void KeepsOneDefaultPerKind()
    {
        var customer = new Customer("ada@example.com", "Ada", null);
        var home = customer.AddAddress(At("1 Main St"), AddressKind.Shipping);
        var billing = customer.AddAddress(At("1 Main St"), AddressKind.Billing);

        var office = customer.AddAddress(At("2 Work Rd"), AddressKind.Shipping, makeDefault: true);

        Assert.True(office.IsDefault);
        Assert.False(home.IsDefault);
        Assert.True(billing.IsDefault);

        customer.MakeDefault(home);
        Assert.Same(home, Assert.Single(customer.Addresses, a => a.Kind == AddressKind.Shipping && a.IsDefault));
    }

    [Fact]
    public void RefusesAnotherCustomersAddress()
    {
        var customer = new Customer("ada@example.com", "Ada", null);
        var home = customer.AddAddress(At("1 Main St"), AddressKind.Shipping);
        var stranger = new Customer("bob@example.com", "Bob", null).AddAddress(At("9 Elm St"), AddressKind.Shipping);

        Assert.Throws<DomainException>(() => customer.MakeDefault(stranger));
        Assert.True(home.IsDefault);
    }
}
