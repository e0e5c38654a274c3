using Commerce.Core.Catalog;
using Commerce.Web.Vendor;

namespace Commerce.Web.Admin.Products;

/// <summary>
/// Whose products an editor works on: the whole store (staff) or one vendor's own products. The product services
/// narrow every query through <see cref="Within"/>, so the same editor serves the vendor area without a second copy.
/// </summary>
public sealed record CatalogScope(int? VendorId)
{
    public static readonly CatalogScope Store = new((int?)null);

    public static CatalogScope OfVendor(int vendorId) => new(vendorId);

    public bool IsVendor => VendorId is not null;

    public IQueryable<Product> Within(IQueryable<Product> products) =>
        VendorId is { } vendor ? products.OwnedBy(vendor) : products;
}
