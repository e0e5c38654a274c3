using Commerce.Core;

namespace Commerce.Infrastructure.Seeding;

/// <summary>The demo store's logins. Printed at start; never created outside the demo seed.</summary>
public static class DemoAccounts
{
    public sealed record Account(string Role, string Email, string Password, string DisplayName);

    public static readonly Account Admin = new(Roles.Admin, "admin@commerce.example", "Admin#2026", "Avery Admin");
    public static readonly Account Vendor = new(Roles.Vendor, "vendor@northwind.example", "Vendor#2026", "Nora Northwind");
    public static readonly Account Customer = new(Roles.Customer, "customer@commerce.example", "Customer#2026", "Casey Customer");

    public static IReadOnlyList<Account> All => [Admin, Vendor, Customer];
}
