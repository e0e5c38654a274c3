using System.Diagnostics;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Adds many generated products to a seeded store for load and search testing: three variants each, one or two images
/// and stock in the default warehouse. Rows go in with binary COPY in one transaction; ids come from the tables' own
/// identity sequences, so the rest of the app keeps inserting normally afterwards.
/// </summary>
public sealed class LargeCatalogSeeder(
    IDbContextFactory<CommerceDbContext> contexts,
    TimeProvider clock,
    ILogger<LargeCatalogSeeder> logger)
{
    private const int VariantsPerProduct = 3;

    public async Task<int> SeedAsync(int productCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(productCount);
        var started = Stopwatch.GetTimestamp();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (families, vendors, warehouseId) = await LoadStoreAsync(db, cancellationToken);

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await SearchIndexPause.PauseAsync(connection, cancellationToken);
        var productIds = await ReserveIdsAsync(connection, "products", productCount, cancellationToken);
        var variantIds = await ReserveIdsAsync(connection, "product_variants", productCount * VariantsPerProduct, cancellationToken);

        var now = clock.GetUtcNow();
        var planner = new LargeCatalogPlan(families, vendors, new Random(2026), now);
        var products = new PlannedProduct[productCount];
        for (var i = 0; i < productCount; i++)
            products[i] = planner.Plan(i, productIds[i], variantIds.AsSpan(i * VariantsPerProduct, VariantsPerProduct));
        Log("Planned", products.Length, "products", started);

        await Timed("Copied", "rows into products", () => LargeCatalogCopy.ProductsAsync(connection, products, now,
            done => logger.LogInformation("Large catalog: {Done:N0} of {Total:N0} products copied", done, productCount), cancellationToken));
        await Timed("Copied", "rows into product_variants", () => LargeCatalogCopy.VariantsAsync(connection, products, now, cancellationToken));
        await Timed("Copied", "rows into product_images", () => LargeCatalogCopy.ImagesAsync(connection, products, cancellationToken));
        await Timed("Copied", "rows into inventory_levels", () => LargeCatalogCopy.InventoryAsync(connection, products, warehouseId, cancellationToken));
        // Fresh statistics first (ANALYZE counts this transaction's rows), so neither the search rebuild nor the
        // first queries afterwards plan for the small tables there were before.
        await ExecuteAsync(connection, "ANALYZE products, product_variants, product_images, inventory_levels", cancellationToken);
        await Timed("Indexed", "products for search", () => SearchIndexPause.ReindexAsync(connection, productIds, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        Log("Added", productCount, "products to the large catalog", started);
        return productCount;
    }

    private async Task Timed(string what, string rows, Func<Task<int>> step)
    {
        var started = Stopwatch.GetTimestamp();
        Log(what, await step(), rows, started);
    }

    private void Log(string what, int count, string rows, long startedAt) =>
        logger.LogInformation("Large catalog: {What} {Count:N0} {Rows} in {Elapsed:0.0} s",
            what, count, rows, Stopwatch.GetElapsedTime(startedAt).TotalSeconds);

    private static async Task<(List<(LargeCatalogFamily, int)> Families, List<(int, string)> Vendors, int WarehouseId)> LoadStoreAsync(
        CommerceDbContext db, CancellationToken cancellationToken)
    {
        var leafCategories = await db.Categories.AsNoTracking()
            .Where(c => c.IsActive && !db.Categories.Any(child => child.ParentId == c.Id))
            .ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var families = LargeCatalogWords.Families
            .Where(f => leafCategories.ContainsKey(f.Category))
            .Select(f => (f, leafCategories[f.Category])).ToList();
        var vendors = (await db.Vendors.AsNoTracking()
            .Where(v => v.Status == VendorStatus.Approved).OrderBy(v => v.Id)
            .Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken))
            .Select(v => (v.Id, v.Name)).ToList();
        var warehouseId = await db.Warehouses.AsNoTracking()
            .Where(w => w.IsActive).OrderByDescending(w => w.IsDefault).ThenBy(w => w.Id)
            .Select(w => (int?)w.Id).FirstOrDefaultAsync(cancellationToken);

        if (families.Count == 0 || vendors.Count == 0 || warehouseId is null)
            throw new InvalidOperationException(
                "The large catalog needs the demo store's leaf categories, an approved vendor and a warehouse. Seed the demo store first.");
        return (families, vendors, warehouseId.Value);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Takes <paramref name="count"/> values from the table's identity sequence, so ids never collide with normal inserts.</summary>
    private static async Task<int[]> ReserveIdsAsync(NpgsqlConnection connection, string table, int count, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT nextval(s.seq)::int FROM (SELECT pg_get_serial_sequence($1, 'id')::regclass AS seq) s, generate_series(1, $2)",
            connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = table });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        var ids = new int[count];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        for (var i = 0; await reader.ReadAsync(cancellationToken); i++) ids[i] = reader.GetInt32(0);
        return ids;
    }
}
