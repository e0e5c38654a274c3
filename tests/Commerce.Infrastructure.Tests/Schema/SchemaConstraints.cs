using Commerce.Core.Inventory;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Infrastructure.Tests.Schema;

public sealed class SchemaConstraints(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task MigrationsLeaveNoPendingModelChanges()
    {
        await using var db = database.NewContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Contains("20261125175221_InitialSchema", await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task TwoProductsCannotShareASlug()
    {
        await using var db = database.NewContext();
        db.Add(database.NewProduct("same-slug", "SLUG-A"));
        await db.SaveChangesAsync();
        db.Add(database.NewProduct("same-slug", "SLUG-B"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task TwoVariantsCannotShareASku()
    {
        await using var db = database.NewContext();
        var first = database.NewProduct("sku-one", "SKU-ONE");
        first.AddVariant("DUP-SKU-1", new Dictionary<string, string> { ["Size"] = "S" });
        var second = database.NewProduct("sku-two", "SKU-TWO");
        second.AddVariant("DUP-SKU-1", new Dictionary<string, string> { ["Size"] = "M" });
        db.AddRange(first, second);

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(error.InnerException).SqlState);
    }

    [Fact]
    public async Task CartItemQuantityMustBePositive()
    {
        await using var db = database.NewContext();
        var variantId = await VariantAsync(db, "qty");
        var cart = new Core.Cart.Cart("USD", DateTimeOffset.UtcNow);
        db.Add(cart);
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO cart_items (cart_id, variant_id, quantity, currency, unit_price, added_at) VALUES ({cart.Id}, {variantId}, 0, 'USD', 1, now())"));
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
    }

    [Fact]
    public async Task StockCannotGoNegativeEvenThroughRawSql()
    {
        await using var db = database.NewContext();
        var variantId = await VariantAsync(db, "stock");
        db.Add(new InventoryLevel(variantId, database.WarehouseId, 2));
        await db.SaveChangesAsync();

        var error = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE inventory_levels SET on_hand = on_hand - 3 WHERE variant_id = {variantId}"));
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        var reserved = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE inventory_levels SET reserved = -1 WHERE variant_id = {variantId}"));
        Assert.Equal(PostgresErrorCodes.CheckViolation, reserved.SqlState);
    }

    [Fact]
    public async Task OrdersCannotBeDeletedWhileTheyHaveLines()
    {
        await using var db = database.NewContext();
        var foreignKeys = await db.Database.SqlQueryRaw<string>(
            "SELECT confdeltype::text AS \"Value\" FROM pg_constraint WHERE conname = 'fk_order_items_orders_order_id'").ToListAsync();

        Assert.Equal("r", Assert.Single(foreignKeys)); // RESTRICT: an order's history is never removed by a cascade
    }

    private async Task<int> VariantAsync(Infrastructure.Persistence.CommerceDbContext db, string name)
    {
        var product = database.NewProduct($"p-{name}-{Guid.NewGuid():N}"[..30], $"P-{name}-{Guid.NewGuid():N}"[..30].ToUpperInvariant());
        var variant = product.AddVariant($"V-{name}-{Guid.NewGuid():N}"[..30].ToUpperInvariant(), new Dictionary<string, string>());
        db.Add(product);
        await db.SaveChangesAsync();
        return variant.Id;
    }
}
