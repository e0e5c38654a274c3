using Commerce.Core.Marketplace;

namespace Commerce.Infrastructure.Seeding;

/// <summary>A demo seller. Approved sellers get an owner login; the pending one is an application awaiting review.</summary>
internal sealed record DemoVendor(
    string Name,
    string Slug,
    decimal CommissionRate,
    string OwnerName,
    bool Approved,
    int ApprovedDaysAgo,
    string Description)
{
    /// <summary>The demo vendor login owns Northwind; the other owners follow owner@{slug}.example.</summary>
    public string OwnerEmail => Slug == DemoVendors.NorthwindSlug ? DemoAccounts.Vendor.Email : $"owner@{Slug}.example";

    public Vendor ToVendor(string? ownerUserId, DateTimeOffset now)
    {
        var vendor = new Vendor(Name, Slug, OwnerEmail, CommissionRate);
        vendor.Describe(Description);
        if (!Approved) return vendor;
        if (ownerUserId is not null) vendor.AssignOwner(ownerUserId);
        vendor.SetPayoutAccount($"offline-payout-{Slug}");
        vendor.Approve(now.AddDays(-ApprovedDaysAgo));
        return vendor;
    }
}

internal static class DemoVendors
{
    public const string NorthwindSlug = "northwind-outfitters";
    public const string HarborHomeSlug = "harbor-home";
    public const string TrailheadSlug = "trailhead-tech";

    public static readonly IReadOnlyList<DemoVendor> All =
    [
        new("Northwind Outfitters", NorthwindSlug, 0.12m, DemoAccounts.Vendor.DisplayName, Approved: true, ApprovedDaysAgo: 180,
            "Hard-wearing clothing, footwear and bags for city streets and weekend trails, designed in Seattle since 2014."),
        new("Harbor & Home", HarborHomeSlug, 0.15m, "Hana Harbor", Approved: true, ApprovedDaysAgo: 150,
            "Small-batch homeware, candles and stationery from independent makers along the coast."),
        new("Trailhead Tech Co.", TrailheadSlug, 0.10m, "Theo Trailhead", Approved: true, ApprovedDaysAgo: 120,
            "Headphones, watches and gear that keep up outdoors, chosen for repairability and long warranties."),
        new("Maple & Moss Crafts", "maple-moss-crafts", 0.15m, "Mia Maple", Approved: false, ApprovedDaysAgo: 0,
            "Hand-made wooden toys and woven baskets; application submitted and awaiting review."),
    ];
}
