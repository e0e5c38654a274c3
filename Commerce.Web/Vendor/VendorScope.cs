using Commerce.Core.Catalog;
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

    public static IQueryable<OrderItem> OwnedBy(this IQueryable<OrderItem> lines, int vendorId) =>
        lines.Where(line => line.VendorId == vendorId);
}
