namespace Commerce.Core;

/// <summary>The three kinds of account; names match the Identity roles.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Vendor = "Vendor";
    public const string Customer = "Customer";

    public static readonly IReadOnlyList<string> All = [Admin, Vendor, Customer];
}
