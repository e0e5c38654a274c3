using Commerce.Core.Inventory;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Admin.Products;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Inventory;

/// <summary>
/// Stock per variant and warehouse for the inventory pages. Reads project into rows whose "available" comes from
/// <see cref="InventoryLevel.AvailableOf"/>; every change goes through Infrastructure's StockAdjustments.
/// </summary>
public sealed class InventoryService(IDbContextFactory<CommerceDbContext> contexts)
{
    public async Task<StockPage> ListAsync(InventoryGridQuery query, CatalogScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Rows(db, scope);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var pattern = $"%{text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            var sku = text.ToUpperInvariant();
            rows = rows.Where(r => r.Sku.StartsWith(sku) || EF.Functions.ILike(r.ProductName, pattern));
        }
        if (query.WarehouseId is { } warehouse) rows = rows.Where(r => r.WarehouseId == warehouse);
        if (query.LowOnly) rows = rows.Where(r => (r.OnHand > r.Reserved ? r.OnHand - r.Reserved : 0) <= r.ReorderPoint);

        var total = await rows.CountAsync(cancellationToken);
        var sorted = (query.SortBy, query.Descending) switch
        {
            ("Sku", false) => rows.OrderBy(r => r.Sku).ThenBy(r => r.WarehouseId),
            ("Sku", true) => rows.OrderByDescending(r => r.Sku).ThenBy(r => r.WarehouseId),
            ("OnHand", false) => rows.OrderBy(r => r.OnHand).ThenBy(r => r.VariantId),
            ("OnHand", true) => rows.OrderByDescending(r => r.OnHand).ThenBy(r => r.VariantId),
            ("Available", false) => rows.OrderBy(r => r.OnHand - r.Reserved).ThenBy(r => r.VariantId),
            ("Available", true) => rows.OrderByDescending(r => r.OnHand - r.Reserved).ThenBy(r => r.VariantId),
            ("ProductName", true) => rows.OrderByDescending(r => r.ProductName).ThenBy(r => r.VariantId),
            _ => rows.OrderBy(r => r.ProductName).ThenBy(r => r.VariantId).ThenBy(r => r.WarehouseId),
        };
        return new StockPage(await sorted.Skip(query.Page * query.PageSize).Take(query.PageSize).Select(ToRow).ToListAsync(cancellationToken), total);
    }

    /// <summary>Every variant of a product in every active warehouse, with zero where no stock row exists yet.</summary>
    public async Task<IReadOnlyList<StockRow>> ForProductAsync(int productId, CatalogScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = from p in scope.Within(db.Products.AsNoTracking())
                    where p.Id == productId
                    from v in p.Variants
                    from w in db.Warehouses.Where(w => w.IsActive)
                    from l in db.InventoryLevels.Where(l => l.VariantId == v.Id && l.WarehouseId == w.Id).DefaultIfEmpty()
                    orderby v.SortOrder, v.Id, w.IsDefault descending, w.Code
                    select new StockRow(v.Id, p.Id, p.Name, v.Name, v.Sku, w.Id, w.Name,
                        l == null ? 0 : l.OnHand, l == null ? 0 : l.Reserved, l == null ? 0 : l.ReorderPoint, l == null ? 0 : l.ReorderQuantity);
        return await query.ToListAsync(cancellationToken);
    }

    public async Task<VariantHeader?> VariantAsync(int variantId, CatalogScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await scope.Within(db.Products.AsNoTracking()).SelectMany(p => p.Variants).Where(v => v.Id == variantId)
            .Select(v => new VariantHeader(v.Id, v.ProductId, v.Product.Name, v.Name, v.Sku)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The movement log of one variant, newest first, paged.</summary>
    public async Task<(IReadOnlyList<MovementRow> Rows, int Total)> HistoryAsync(int variantId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var movements = db.InventoryMovements.AsNoTracking().Where(m => m.VariantId == variantId);
        var total = await movements.CountAsync(cancellationToken);
        var rows = await movements.OrderByDescending(m => m.OccurredAt).ThenByDescending(m => m.Id).Skip(page * pageSize).Take(pageSize)
            .Join(db.Warehouses, m => m.WarehouseId, w => w.Id, (m, w) => new MovementRow(m.Id, m.OccurredAt, w.Name, m.Delta, m.Reason, m.ResultingOnHand, m.Actor, m.Note))
            .ToListAsync(cancellationToken);
        return (rows.OrderByDescending(r => r.OccurredAt).ThenByDescending(r => r.Id).ToList(), total);
    }

    public async Task<IReadOnlyList<WarehouseOption>> WarehousesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Warehouses.AsNoTracking().Where(w => w.IsActive).OrderByDescending(w => w.IsDefault).ThenBy(w => w.Code)
            .Select(w => new WarehouseOption(w.Id, w.Code, w.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>The low-stock report: tracked, active stock rows at or below their reorder point, lowest first.</summary>
    public async Task<IReadOnlyList<StockRow>> LowStockAsync(CatalogScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db, scope, onlyTrackedActive: true)
            .Where(r => (r.OnHand > r.Reserved ? r.OnHand - r.Reserved : 0) <= r.ReorderPoint)
            .OrderBy(r => r.OnHand - r.Reserved).ThenBy(r => r.ProductName).ThenBy(r => r.Sku)
            .Take(10_000).Select(ToRow).ToListAsync(cancellationToken);
    }

    /// <summary>How many variants the low-stock report lists; a variant low in two warehouses counts once (the dashboard's figure).</summary>
    public async Task<int> LowStockVariantCountAsync(CatalogScope scope, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Rows(db, scope, onlyTrackedActive: true)
            .Where(r => (r.OnHand > r.Reserved ? r.OnHand - r.Reserved : 0) <= r.ReorderPoint)
            .Select(r => r.VariantId).Distinct().CountAsync(cancellationToken);
    }

    private static readonly System.Linq.Expressions.Expression<Func<LevelData, StockRow>> ToRow = r => new StockRow(r.VariantId, r.ProductId,
        r.ProductName, r.VariantName, r.Sku, r.WarehouseId, r.Warehouse, r.OnHand, r.Reserved, r.ReorderPoint, r.ReorderQuantity);

    // Member-initialised, so filters and sorts on it translate to SQL.
    private sealed class LevelData
    {
        public int VariantId { get; init; }
        public int ProductId { get; init; }
        public string ProductName { get; init; } = "";
        public string VariantName { get; init; } = "";
        public string Sku { get; init; } = "";
        public int WarehouseId { get; init; }
        public string Warehouse { get; init; } = "";
        public int OnHand { get; init; }
        public int Reserved { get; init; }
        public int ReorderPoint { get; init; }
        public int ReorderQuantity { get; init; }
    }

    private static IQueryable<LevelData> Rows(CommerceDbContext db, CatalogScope scope, bool onlyTrackedActive = false) =>
        from l in db.InventoryLevels.AsNoTracking()
        join v in db.Variants on l.VariantId equals v.Id
        join p in scope.Within(db.Products) on v.ProductId equals p.Id
        join w in db.Warehouses on l.WarehouseId equals w.Id
        where !onlyTrackedActive || (p.TrackInventory && p.Status == Core.Catalog.ProductStatus.Active && v.IsActive)
        select new LevelData
        {
            VariantId = v.Id, ProductId = p.Id, ProductName = p.Name, VariantName = v.Name, Sku = v.Sku, WarehouseId = w.Id, Warehouse = w.Name,
            OnHand = l.OnHand, Reserved = l.Reserved, ReorderPoint = l.ReorderPoint, ReorderQuantity = l.ReorderQuantity,
        };
}
