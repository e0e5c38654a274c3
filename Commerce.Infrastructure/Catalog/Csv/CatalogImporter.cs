using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Infrastructure.Catalog.Csv;

/// <summary>
/// Imports a products CSV: creates or updates by SKU, all or nothing. Every row is checked first (format, categories,
/// vendors, SKUs and slugs against the database, stock against reservations); any problem rejects the whole file with
/// each bad row's line, column and reason. A good file is applied in one transaction, with the search triggers paused
/// and the touched products indexed once at the end; progress is written on its own connection so a page can poll it.
/// </summary>
public sealed partial class CatalogImporter(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, ILogger<CatalogImporter> logger)
{
    private const int Batch = 500;

    public async Task RunAsync(Guid importId, CancellationToken cancellationToken = default)
    {
        CatalogImport? import;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            import = await db.CatalogImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || import.IsFinished) return;
        try
        {
            var (rows, problems) = CatalogCsv.Read(import.Content);
            var lines = import.Content.Split('\n').Skip(1).Count(l => l.Trim().Length > 0);
            await UpdateAsync(importId, i => i.Start(Math.Max(lines, rows.Count)), cancellationToken);
            // Rows that parsed are checked against the database too, so one upload lists every problem of the file.
            if (rows.Count > 0) problems.AddRange(await CheckAsync(rows, cancellationToken));
            if (problems.Count > 0)
            {
                await UpdateAsync(importId, i => i.Reject(problems.OrderBy(p => p.Line).Take(1000).ToList(), clock.GetUtcNow()), cancellationToken);
                return;
            }
            var (created, updated) = await ApplyAsync(importId, rows, import.RequestedBy, cancellationToken);
            await UpdateAsync(importId, i => i.Succeed(created, updated, clock.GetUtcNow()), cancellationToken);
            logger.LogInformation("Imported {File}: {Created} variant(s) created, {Updated} updated", import.FileName, created, updated);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Importing {File} failed; nothing was applied", import.FileName);
            await UpdateAsync(importId, i => i.Fail("The import stopped on an unexpected error and nothing was applied: " + ex.Message, clock.GetUtcNow()), CancellationToken.None);
        }
    }

    private async Task<(int Created, int Updated)> ApplyAsync(Guid importId, List<CatalogCsvRow> rows, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await SearchIndexPause.PauseAsync(connection, cancellationToken);
        var lookups = await Lookups.LoadAsync(db, rows, cancellationToken);
        var now = clock.GetUtcNow();
        var (created, updated, done) = (0, 0, 0);
        var touched = new List<Product>();
        foreach (var group in rows.GroupBy(r => r.ProductSku).Chunk(Batch))
        {
            var skus = group.Select(g => g.Key).ToList();
            var existing = await db.Products.Include(p => p.Variants).Where(p => skus.Contains(p.Sku)).AsSplitQuery().ToDictionaryAsync(p => p.Sku, cancellationToken);
            foreach (var product in group)
            {
                var first = product.First();
                if (!existing.TryGetValue(product.Key, out var entity))
                {
                    entity = new Product(lookups.Vendors[first.VendorSlug], lookups.Categories[first.CategorySlug], first.Name,
                        first.Slug ?? lookups.NewSlug(first.Name), product.Key, new Money(first.Price, lookups.Currency));
                    db.Products.Add(entity);
                }
                ApplyProduct(entity, first, lookups, now);
                foreach (var row in product)
                {
                    var variant = entity.Variants.SingleOrDefault(v => v.Sku == row.VariantSku);
                    if (variant is null) { entity.AddVariant(row.VariantSku, row.Options, row.VariantPrice); created++; }
                    else { variant.SetPrice(row.VariantPrice, variant.CompareAtPrice); updated++; }
                }
                if (first.Status == ProductStatus.Active) entity.Publish(now);
                touched.Add(entity);
            }
            await db.SaveChangesAsync(cancellationToken);
            done += group.Sum(g => g.Count());
            await ProgressAsync(importId, done, cancellationToken);
        }
        await SetStockAsync(db, rows, lookups.WarehouseId, actor, now, cancellationToken);
        await SearchIndexPause.ReindexAsync(connection, touched.Select(p => p.Id).Distinct().ToArray(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (created, updated);
    }

    private static void ApplyProduct(Product product, CatalogCsvRow row, Lookups lookups, DateTimeOffset now)
    {
        product.Rename(row.Name);
        if (row.Slug is not null) product.ChangeSlug(row.Slug);
        product.MoveToCategory(lookups.Categories[row.CategorySlug]);
        product.AssignVendor(lookups.Vendors[row.VendorSlug]);
        product.Reprice(new Money(row.Price, product.Currency), row.CompareAtPrice, row.CostPrice);
        product.SetFlags(row.Featured, product.IsDigital, row.TrackInventory, row.AllowBackorder);
        if (row.ShortDescription is not null) product.Describe(row.ShortDescription, product.Description);
        if (row.Status != ProductStatus.Active) product.ChangeStatus(row.Status, now);
    }

    // Stock is set to the file's count in the default warehouse, in one statement that logs a movement per change.
    private static async Task SetStockAsync(CommerceDbContext db, List<CatalogCsvRow> rows, int warehouseId, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var wanted = rows.Where(r => r.Stock is not null).ToList();
        if (wanted.Count == 0) return;
        var skus = wanted.Select(r => r.VariantSku).ToArray();
        var targets = wanted.Select(r => r.Stock!.Value).ToArray();
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO inventory_levels (variant_id, warehouse_id, on_hand, reserved, reorder_point, reorder_quantity)
            SELECT v.id, {warehouseId}, 0, 0, 0, 0 FROM product_variants v WHERE v.sku = ANY({skus})
            ON CONFLICT (variant_id, warehouse_id) DO NOTHING
            """, cancellationToken);
        var short_ = await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM unnest({skus}::text[], {targets}::int[]) AS t(sku, target)
            JOIN product_variants v ON v.sku = t.sku
            JOIN inventory_levels l ON l.variant_id = v.id AND l.warehouse_id = {warehouseId}
            WHERE t.target < l.reserved
            """).SingleAsync(cancellationToken);
        if (short_ > 0) throw new InvalidOperationException($"{short_} variant(s) got new reservations while importing; their stock would be below what orders hold.");
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH input AS (
                SELECT v.id AS variant_id, t.target FROM unnest({skus}::text[], {targets}::int[]) AS t(sku, target) JOIN product_variants v ON v.sku = t.sku
            ), old AS (
                SELECT l.id, l.variant_id, l.on_hand, i.target FROM inventory_levels l JOIN input i ON i.variant_id = l.variant_id
                WHERE l.warehouse_id = {warehouseId} AND l.on_hand <> i.target
                FOR UPDATE OF l
            ), changed AS (
                UPDATE inventory_levels l SET on_hand = o.target FROM old o WHERE l.id = o.id
                RETURNING l.variant_id, o.on_hand AS before, l.on_hand AS after
            )
            INSERT INTO inventory_movements (variant_id, warehouse_id, delta, reason, resulting_on_hand, actor, note, occurred_at)
            SELECT variant_id, {warehouseId}, after - before, {MovementReason.Import.ToString()}, after, {actor}, 'CSV import', {now} FROM changed
            """, cancellationToken);
    }

    private async Task ProgressAsync(Guid importId, int processed, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.CatalogImports.Where(i => i.Id == importId).ExecuteUpdateAsync(s => s.SetProperty(i => i.ProcessedRows, processed), cancellationToken);
    }

    private async Task UpdateAsync(Guid importId, Action<CatalogImport> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var import = await db.CatalogImports.SingleAsync(i => i.Id == importId, cancellationToken);
        change(import);
        await db.SaveChangesAsync(cancellationToken);
    }
}
