using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Persistence;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Commerce.Infrastructure.Tests.Catalog;

/// <summary>A migrated database of its own with a vendor, a category and two warehouses; tests add their own products.</summary>
public sealed class CatalogDatabase : IAsyncLifetime
{
    private int _sequence;

    public IDbContextFactory<CommerceDbContext> Contexts { get; private set; } = null!;
    public TimeProvider Clock { get; } = TimeProvider.System;
    public StockAdjustments Stock => new(Contexts, Clock);
    public string ConnectionString { get; private set; } = "";
    public int VendorId { get; private set; }
    public int CategoryId { get; private set; }
    public int MainWarehouseId { get; private set; }
    public int SecondWarehouseId { get; private set; }

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("catalog");
        var options = new DbContextOptionsBuilder<CommerceDbContext>()
            .UseNpgsql(new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = 40 }.ConnectionString,
                n => n.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new AuditStampInterceptor(Clock)).Options;
        Contexts = new PooledDbContextFactory<CommerceDbContext>(options);
        await using var db = await Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        var vendor = new Vendor("Catalog Vendor", "catalog-vendor", "vendor@catalog.test", 0.1m);
        vendor.Approve(Clock.GetUtcNow());
        var category = new Category("Tees", "tees");
        var main = new Warehouse("MAIN", "Main", "US", isDefault: true);
        var second = new Warehouse("EAST", "East", "US");
        db.AddRange(vendor, category, main, second);
        await db.SaveChangesAsync();
        (VendorId, CategoryId, MainWarehouseId, SecondWarehouseId) = (vendor.Id, category.Id, main.Id, second.Id);
    }

    /// <summary>A product with one variant and <paramref name="onHand"/> units in the main warehouse; returns the variant id.</summary>
    public async Task<int> AddVariantAsync(int onHand, int reserved = 0)
    {
        var n = Interlocked.Increment(ref _sequence);
        await using var db = await Contexts.CreateDbContextAsync();
        var product = new Product(VendorId, CategoryId, $"Stock Tee {n}", $"stock-tee-{n}", $"STOCK-{n}", new Money(20m, "USD"));
        var variant = product.AddVariant($"STOCK-{n}-M", new Dictionary<string, string> { ["Size"] = "M" });
        db.Add(product);
        await db.SaveChangesAsync();
        var level = new InventoryLevel(variant.Id, MainWarehouseId, onHand);
        if (reserved > 0) level.TryReserve(reserved);
        db.Add(level);
        await db.SaveChangesAsync();
        return variant.Id;
    }

    public async Task<(int OnHand, int Reserved)> LevelAsync(int variantId, int warehouseId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var level = await db.InventoryLevels.AsNoTracking().SingleOrDefaultAsync(l => l.VariantId == variantId && l.WarehouseId == warehouseId);
        return (level?.OnHand ?? 0, level?.Reserved ?? 0);
    }

    public async Task<List<InventoryMovement>> MovementsAsync(int variantId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.InventoryMovements.AsNoTracking().Where(m => m.VariantId == variantId).OrderBy(m => m.Id).ToListAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
