using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Catalog;

/// <summary>Reads one product for its page: 4 queries whatever the number of variants or images.</summary>
public sealed class ProductDetailsService(IDbContextFactory<CommerceDbContext> contexts)
{
    public async Task<ProductDetails?> FindBySlugAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // 1: the product with its vendor, only if the shopper may see it.
        var product = await db.Products.AsNoTracking()
            .Where(p => p.Slug == slug && p.Status == ProductStatus.Active)
            .Join(db.Vendors.Where(v => v.Status == VendorStatus.Approved), p => p.VendorId, v => v.Id, (p, v) => new
            {
                p.Id, p.Slug, p.Name, p.ShortDescription, p.Description, p.SeoTitle, p.SeoDescription, p.Currency, p.BasePrice,
                p.CompareAtPrice, p.IsDigital, p.TrackInventory, p.AllowBackorder, p.CategoryId, VendorName = v.Name, VendorSlug = v.Slug,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (product is null) return null;

        // 2: images; 3: active variants with their stock summed over warehouses; 4: shipping methods for the estimate.
        var images = await db.ProductImages.AsNoTracking().Where(i => i.ProductId == product.Id)
            .OrderByDescending(i => i.IsPrimary).ThenBy(i => i.SortOrder)
            .Select(i => new ProductImageView(i.Url, i.AltText)).ToListAsync(cancellationToken);
        var variants = await db.Variants.AsNoTracking().Where(v => v.ProductId == product.Id && v.IsActive)
            .OrderBy(v => v.SortOrder)
            .Select(v => new
            {
                v.Id, v.Name, v.Sku, Options = EF.Property<Dictionary<string, string>>(v, "_options"), v.PriceOverride, v.CompareAtPrice, v.ImageUrl,
                Available = db.VariantStock.Where(s => s.VariantId == v.Id).Sum(s => s.Available),
            })
            .ToListAsync(cancellationToken);
        if (variants.Count == 0) return null;
        var shipping = await ShippingEstimates.DescribeAsync(db, product.IsDigital, cancellationToken);

        var views = variants.Select(v =>
        {
            var price = v.PriceOverride ?? product.BasePrice;
            var compareAt = v.CompareAtPrice ?? product.CompareAtPrice;
            var stock = StockState.For(Math.Max(0, v.Available), product.TrackInventory, product.AllowBackorder);
            return new VariantView(v.Id, v.Name, v.Sku, v.Options, price, compareAt > price ? compareAt : null,
                v.ImageUrl, stock.Status, stock.Available == int.MaxValue ? 999 : stock.Available);
        }).ToList();
        var optionNames = views.SelectMany(v => v.Options.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        return new ProductDetails(product.Id, product.Slug, product.Name, product.VendorName, product.VendorSlug, product.CategoryId,
            product.ShortDescription, product.Description, product.SeoTitle, product.SeoDescription, product.Currency, product.IsDigital,
            images, optionNames, views, shipping);
    }

    /// <summary>The slug a product has now, when <paramref name="oldSlug"/> is one it had before; null otherwise.</summary>
    public async Task<string?> CurrentSlugAsync(string oldSlug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ProductSlugRedirects.AsNoTracking().Where(r => r.OldSlug == oldSlug)
            .Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => p.Slug).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Fresh stock for the variants of one product, for live updates on an open page.</summary>
    public async Task<IReadOnlyDictionary<int, StockState>> StockAsync(int productId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Variants.AsNoTracking().Where(v => v.ProductId == productId && v.IsActive)
            .Select(v => new
            {
                v.Id, v.Product.TrackInventory, v.Product.AllowBackorder,
                Available = db.VariantStock.Where(s => s.VariantId == v.Id).Sum(s => s.Available),
            }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => StockState.For(Math.Max(0, r.Available), r.TrackInventory, r.AllowBackorder));
    }
}
