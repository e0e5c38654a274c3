using Commerce.Core.Common;
using Commerce.Core.Customers;

namespace Commerce.Infrastructure.Seeding;

/// <summary>A demo shopper. Only Casey (the demo customer login) has an account; the others bought as registered guests.</summary>
internal sealed record DemoShopper(string Key, string Email, string FirstName, string LastName, string? Phone, bool Marketing, Address Address)
{
    public Customer ToCustomer(string? userId)
    {
        var customer = new Customer(Email, FirstName, LastName, userId);
        customer.SetPhone(Phone);
        customer.SetMarketingConsent(Marketing);
        // Separate copies: each saved address is its own row.
        customer.AddAddress(Address with { }, AddressKind.Shipping, makeDefault: true);
        customer.AddAddress(Address with { }, AddressKind.Billing, makeDefault: true);
        return customer;
    }
}

internal static class DemoCustomers
{
    public const string CaseyKey = "casey";

    public static readonly IReadOnlyList<DemoShopper> All =
    [
        new(CaseyKey, DemoAccounts.Customer.Email, "Casey", "Customer", "+1 415 555 0134", Marketing: true,
            new("Casey Customer", "1 Market Street", "Apt 4B", "San Francisco", "CA", "94105", "US", "+1 415 555 0134")),
        new("jordan", "jordan.lee@example.com", "Jordan", "Lee", "+1 212 555 0188", Marketing: false,
            new("Jordan Lee", "350 Fifth Avenue", "Floor 21", "New York", "NY", "10118", "US", "+1 212 555 0188")),
        new("priya", "priya.patel@example.com", "Priya", "Patel", null, Marketing: true,
            new("Priya Patel", "2100 Guadalupe Street", null, "Austin", "TX", "78705", "US", null)),
        new("marcus", "marcus.reed@example.com", "Marcus", "Reed", "+1 206 555 0112", Marketing: false,
            new("Marcus Reed", "400 Broad Street", null, "Seattle", "WA", "98109", "US", "+1 206 555 0112")),
        new("emma", "emma.clarke@example.co.uk", "Emma", "Clarke", "+44 20 7946 0321", Marketing: true,
            new("Emma Clarke", "221 Baker Street", null, "London", null, "NW1 6XE", "GB", "+44 20 7946 0321")),
        new("lukas", "lukas.becker@example.de", "Lukas", "Becker", null, Marketing: false,
            new("Lukas Becker", "Torstraße 109", null, "Berlin", null, "10119", "DE", null)),
    ];
}
