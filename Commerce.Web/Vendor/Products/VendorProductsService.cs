using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Vendor.Products;

public sealed record VendorProductRow(int Id, string Name, string Slug, string Sku, ProductStatus Status, Money Price, int Variants, int Available);

/// <summary>The signed-in vendor's products with their stock, through <see cref="VendorScope"/>.</summary>
public sealed class VendorProductsService(CurrentVendor currentVendor, IDbContextFactory<CommerceDbContext> contexts)
{
    public async Task<IReadOnlyList<VendorProductRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var vendorId = await currentVendor.IdAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Products.AsNoTracking().OwnedBy(vendorId).OrderBy(p => p.Status).ThenBy(p => p.Name)
            .Select(p => new
            {
                p.Id, p.Name, p.Slug, p.Sku, p.Status, p.BasePrice, p.Currency,
                Variants = p.Variants.Count(v => v.IsActive),
                Available = db.InventoryLevels.Where(l => p.Variants.Select(v => v.Id).Contains(l.VariantId)).Sum(l => (int?)(l.OnHand - l.Reserved)) ?? 0,
            }).ToListAsync(cancellationToken);
        return rows.Select(p => new VendorProductRow(p.Id, p.Name, p.Slug, p.Sku, p.Status, new Money(p.BasePrice, p.Currency), p.Variants, p.Available)).ToList();
    }
}
