using System.Runtime.CompilerServices;
using Commerce.Core.Catalog;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Builds <see cref="ProductDocument"/>s from the database. A product is indexed only while a shopper can buy it:
/// Active, from an Approved vendor, in a category whose whole chain up to the root is active, with an active variant.
/// A batch costs the same few queries (ids, products, variants; categories once) whatever its size.
/// </summary>
public sealed class ProductDocumentLoader(IDbContextFactory<CommerceDbContext> contexts)
{
    /// <summary>Documents for those of <paramref name="productIds"/> that are sellable; the others are simply absent.</summary>
    public async Task<IReadOnlyList<ProductDocument>> LoadAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken = default)
    {
        if (productIds.Count == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await CategoryChains.LoadAsync(db, cancellationToken);
        var ids = productIds.Distinct().ToArray();
        return await BuildAsync(db, categories, Sellable(db, categories).Where(p => ids.Contains(p.Id)), cancellationToken);
    }

    /// <summary>Every sellable product, in batches of consecutive ids (keyset paging, so late pages cost what early ones do).</summary>
    public async IAsyncEnumerable<IReadOnlyList<ProductDocument>> LoadAllAsync(int batchSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await CategoryChains.LoadAsync(db, cancellationToken);
        var afterId = 0;
        while (true)
        {
            var ids = await Sellable(db, categories).Where(p => p.Id > afterId).OrderBy(p => p.Id).Select(p => p.Id)
                .Take(batchSize).ToArrayAsync(cancellationToken);
            if (ids.Length == 0) yield break;
            afterId = ids[^1];
            var batch = await BuildAsync(db, categories, Sellable(db, categories).Where(p => ids.Contains(p.Id)), cancellationToken);
            if (batch.Count > 0) yield return batch;
        }
    }

    /// <summary>Products or variants edited since <paramref name="since"/>, sellable or not (so a catch-up can also delete).</summary>
    public async Task<IReadOnlyList<int>> ChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Products.AsNoTracking()
            .Where(p => p.UpdatedAt >= since || db.Variants.Any(v => v.ProductId == p.Id && v.UpdatedAt >= since))
            .Select(p => p.Id).ToListAsync(cancellationToken);
    }

    private static IQueryable<Product> Sellable(CommerceDbContext db, CategoryChains categories)
    {
        var categoryIds = categories.ActiveIds;
        return db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Active
            && categoryIds.Contains(p.CategoryId)
            && db.Vendors.Any(v => v.Id == p.VendorId && v.Status == VendorStatus.Approved));
    }

    private static async Task<IReadOnlyList<ProductDocument>> BuildAsync(CommerceDbContext db, CategoryChains categories,
        IQueryable<Product> products, CancellationToken cancellationToken)
    {
        var rows = await products
            .Join(db.Vendors, p => p.VendorId, v => v.Id, (p, v) => new ProductRow(p.Id, p.Slug, p.Name, p.Sku, p.ShortDescription,
                p.Description, p.Currency, p.BasePrice, p.CompareAtPrice, p.TrackInventory, p.CategoryId, p.PublishedAt, p.SalesCount,
                p.IsFeatured, v.Name, v.Slug,
                p.Images.OrderByDescending(i => i.IsPrimary).ThenBy(i => i.SortOrder).Select(i => i.Url).FirstOrDefault(),
                p.Images.OrderByDescending(i => i.IsPrimary).ThenBy(i => i.SortOrder).Select(i => i.AltText).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0) return [];

        var ids = rows.Select(r => r.Id).ToArray();
        var variants = await db.Variants.AsNoTracking()
            .Where(v => ids.Contains(v.ProductId) && v.IsActive)
            .OrderBy(v => v.ProductId).ThenBy(v => v.SortOrder).ThenBy(v => v.Id)
            .Select(v => new VariantRow(v.ProductId, v.Sku, EF.Property<Dictionary<string, string>>(v, "_options"),
                v.PriceOverride, v.CompareAtPrice,
                // The one stock rule (variant_stock), as on the product page.
                db.VariantStock.Where(s => s.VariantId == v.Id).Sum(s => s.Available)))
            .ToListAsync(cancellationToken);
        var variantsByProduct = variants.ToLookup(v => v.ProductId);

        return rows
            .Where(r => variantsByProduct.Contains(r.Id))
            .OrderBy(r => r.Id)
            .Select(r => ProductDocumentFactory.Create(r, variantsByProduct[r.Id].ToList(), categories.ChainOf(r.CategoryId)))
            .ToList();
    }
}
