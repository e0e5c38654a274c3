using Commerce.Core.Common;

namespace Commerce.Core.Customers;

public enum AddressKind
{
    Shipping = 0,
    Billing = 1,
}

public class CustomerAddress
{
    private CustomerAddress() { }

    internal CustomerAddress(Address address, AddressKind kind)
    {
        Address = address;
        Kind = kind;
    }

    public int Id { get; private set; }
    public int CustomerId { get; private set; }
    public AddressKind Kind { get; private set; }
    public Address Address { get; private set; } = null!;
    public bool IsDefault { get; internal set; }
}
