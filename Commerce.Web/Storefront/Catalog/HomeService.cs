using Commerce.Core.Catalog;
using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Catalog;

public sealed record HomeContent(IReadOnlyList<ProductSummary> Featured, IReadOnlyList<ProductSummary> NewArrivals);

/// <summary>The home page's shelves: two queries, each a projection of at most eight product cards.</summary>
public sealed class HomeService(IDbContextFactory<CommerceDbContext> contexts)
{
    private const int ShelfSize = 8;

    public async Task<HomeContent> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var visible = db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Active && db.Vendors.Any(v => v.Id == p.VendorId && v.Status == VendorStatus.Approved));
        var featured = await Cards(db, visible.Where(p => p.IsFeatured).OrderByDescending(p => p.SalesCount).ThenBy(p => p.Id), cancellationToken);
        var newest = await Cards(db, visible.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id), cancellationToken);
        return new HomeContent(featured, newest);
    }

    private static async Task<IReadOnlyList<ProductSummary>> Cards(CommerceDbContext db, IQueryable<Product> products, CancellationToken cancellationToken)
    {
        var rows = await products.Take(ShelfSize).Select(p => new
        {
            p.Id, p.Slug, p.Name, p.Currency, p.CompareAtPrice, p.TrackInventory, p.AllowBackorder,
            Vendor = db.Vendors.Where(v => v.Id == p.VendorId).Select(v => v.Name).First(),
            Image = p.Images.OrderByDescending(i => i.IsPrimary).ThenBy(i => i.SortOrder).Select(i => new { i.Url, i.AltText }).FirstOrDefault(),
            MinPrice = p.Variants.Where(v => v.IsActive).Min(v => (decimal?)(v.PriceOverride ?? p.BasePrice)) ?? p.BasePrice,
            MaxPrice = p.Variants.Where(v => v.IsActive).Max(v => (decimal?)(v.PriceOverride ?? p.BasePrice)) ?? p.BasePrice,
            Available = db.VariantStock.Where(s => p.Variants.Any(v => v.IsActive && v.Id == s.VariantId)).Sum(s => s.Available),
        }).ToListAsync(cancellationToken);

        return rows.Select(r => new ProductSummary(r.Id, r.Slug, r.Name, r.Vendor, r.Image?.Url, r.Image?.AltText,
            new Money(r.MinPrice, r.Currency), r.CompareAtPrice > r.MinPrice ? new Money(r.CompareAtPrice.Value, r.Currency) : null,
            r.MaxPrice > r.MinPrice, !r.TrackInventory || r.AllowBackorder || r.Available > 0)).ToList();
    }
}
