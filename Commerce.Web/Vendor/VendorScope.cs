using Commerce.Core.Catalog;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Ordering;

namespace Commerce.Web.Vendor;

/// <summary>
/// The one place vendor-area queries are narrowed to the signed-in vendor (the id comes from CurrentVendor).
/// Pages never filter by vendor themselves; add an overload here for each new kind of vendor-owned row.
/// </summary>
public static class VendorScope
{
    public static IQueryable<Product> OwnedBy(this IQueryable<Product> products, int vendorId) =>
        products.Where(p => p.VendorId == vendorId);

    public static IQueryable<ProductVariant> OwnedBy(this IQueryable<ProductVariant> variants, int vendorId) =>
        variants.Where(v => v.Product.VendorId == vendorId);

    public static IQueryable<OrderItem> OwnedBy(this IQueryable<OrderItem> lines, int vendorId) =>
        lines.Where(line => line.VendorId == vendorId);

    /// <summary>Orders with at least one of the vendor's lines; the other vendors' lines must still be filtered out with the line overload.</summary>
    public static IQueryable<Order> OwnedBy(this IQueryable<Order> orders, int vendorId) =>
        orders.Where(o => o.Items.Any(line => line.VendorId == vendorId));

    public static IQueryable<Shipment> OwnedBy(this IQueryable<Shipment> shipments, int vendorId) =>
        shipments.Where(s => s.VendorId == vendorId);

    public static IQueryable<VendorPayout> OwnedBy(this IQueryable<VendorPayout> payouts, int vendorId) =>
        payouts.Where(p => p.VendorId == vendorId);

    /// <summary>The vendor's own accounts (payable, in transit, paid); never the platform's.</summary>
    public static IQueryable<LedgerEntry> OwnedBy(this IQueryable<LedgerEntry> entries, int vendorId) =>
        entries.Where(e => e.VendorId == vendorId);
}
