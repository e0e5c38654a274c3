using Commerce.Core.Catalog;
using Commerce.Core.Inventory;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Products;

/// <summary>The products grid: filtered, sorted and paged in the database, and the bulk actions on a selection.</summary>
public sealed class ProductsService(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock)
{
    public async Task<ProductGridPage> ListAsync(ProductGridQuery query, CatalogScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = scope.Within(db.Products.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var pattern = $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            var sku = text.ToUpperInvariant();
            products = products.Where(p => EF.Functions.ILike(p.Name, pattern) || p.Sku.StartsWith(sku) || p.Variants.Any(v => v.Sku.StartsWith(sku)));
        }
        if (query.Status is { } status) products = products.Where(p => p.Status == status);
        if (query.CategoryId is { } category) products = products.Where(p => p.CategoryId == category);
        if (query.VendorId is { } vendor) products = products.Where(p => p.VendorId == vendor);
        if (query.Featured is { } featured) products = products.Where(p => p.IsFeatured == featured);

        var rows = products.Select(p => new
        {
            Product = p,
            Available = db.VariantStock.Where(s => p.Variants.Any(v => v.IsActive && v.Id == s.VariantId)).Sum(s => s.Available),
        });
        rows = query.Stock switch
        {
            StockFilter.SoldOut => rows.Where(r => r.Product.TrackInventory && !r.Product.AllowBackorder && r.Available == 0),
            StockFilter.Low => rows.Where(r => r.Product.TrackInventory && r.Available > 0 && r.Available <= StockState.LowStockThreshold),
            StockFilter.InStock => rows.Where(r => !r.Product.TrackInventory || r.Product.AllowBackorder || r.Available > 0),
            _ => rows,
        };

        var total = await rows.CountAsync(cancellationToken);
        var sorted = (query.SortBy, query.Descending) switch
        {
            ("Name", false) => rows.OrderBy(r => r.Product.Name).ThenBy(r => r.Product.Id),
            ("Name", true) => rows.OrderByDescending(r => r.Product.Name).ThenBy(r => r.Product.Id),
            ("Sku", false) => rows.OrderBy(r => r.Product.Sku),
            ("Sku", true) => rows.OrderByDescending(r => r.Product.Sku),
            ("Price", false) => rows.OrderBy(r => r.Product.BasePrice).ThenBy(r => r.Product.Id),
            ("Price", true) => rows.OrderByDescending(r => r.Product.BasePrice).ThenBy(r => r.Product.Id),
            ("Status", false) => rows.OrderBy(r => r.Product.Status).ThenBy(r => r.Product.Id),
            ("Status", true) => rows.OrderByDescending(r => r.Product.Status).ThenBy(r => r.Product.Id),
            (_, false) when query.SortBy == "UpdatedAt" => rows.OrderBy(r => r.Product.UpdatedAt).ThenBy(r => r.Product.Id),
            _ => rows.OrderByDescending(r => r.Product.UpdatedAt).ThenByDescending(r => r.Product.Id),
        };
        var page = await sorted.Skip(query.Page * query.PageSize).Take(query.PageSize)
            .Select(r => new ProductRow(r.Product.Id, r.Product.Name, r.Product.Sku, r.Product.Status,
                db.Categories.Where(c => c.Id == r.Product.CategoryId).Select(c => c.Name).First(),
                db.Vendors.Where(v => v.Id == r.Product.VendorId).Select(v => v.Name).First(),
                r.Product.BasePrice, r.Product.Currency, r.Product.IsFeatured, r.Product.Variants.Count, r.Available,
                r.Product.TrackInventory, r.Product.AllowBackorder,
                r.Product.Images.OrderByDescending(i => i.IsPrimary).ThenBy(i => i.SortOrder).Select(i => i.Url).FirstOrDefault(),
                r.Product.UpdatedAt))
            .ToListAsync(cancellationToken);
        return new ProductGridPage(page, total);
    }

    public async Task<IReadOnlyList<LookupOption>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);
        string Path(int id, int depth = 0) =>
            all[id].ParentId is { } parent && all.ContainsKey(parent) && depth < 10 ? $"{Path(parent, depth + 1)} › {all[id].Name}" : all[id].Name;
        return all.Keys.Select(id => new LookupOption(id, Path(id))).OrderBy(o => o.Name).ToList();
    }

    public async Task<IReadOnlyList<LookupOption>> VendorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Vendors.AsNoTracking().OrderBy(v => v.Name).Select(v => new LookupOption(v.Id, v.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>Publishes, archives or moves the selected products; a product that cannot be published is named and left as it was.</summary>
    public async Task<BulkResult> BulkAsync(IReadOnlyCollection<int> ids, ProductStatus? status, int? categoryId, CatalogScope scope,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (categoryId is { } category && !await db.Categories.AnyAsync(c => c.Id == category, cancellationToken))
            return new BulkResult(0, ["That category no longer exists."]);
        var products = await scope.Within(db.Products).Include(p => p.Variants).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var problems = new List<string>();
        var changed = 0;
        foreach (var product in products)
        {
            try
            {
                if (status is { } s) product.ChangeStatus(s, clock.GetUtcNow());
                if (categoryId is { } c) product.MoveToCategory(c);
                changed++;
            }
            catch (Core.Common.DomainException ex)
            {
                db.Entry(product).State = EntityState.Unchanged;
                problems.Add($"{product.Name}: {ex.Message}");
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new BulkResult(changed, problems);
    }
}
