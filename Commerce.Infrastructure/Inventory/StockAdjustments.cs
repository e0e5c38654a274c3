using Commerce.Core.Inventory;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Infrastructure.Inventory;

/// <summary>The outcome of a stock change: the new level, or why nothing changed.</summary>
public abstract record StockChangeResult
{
    public sealed record Changed(int OnHand, int Reserved) : StockChangeResult
    {
        public int Available => InventoryLevel.AvailableOf(OnHand, Reserved);
    }

    public sealed record Refused(string Reason) : StockChangeResult;
}

/// <summary>
/// Staff stock changes as single conditional statements that write the movement ledger in the same statement:
/// two people counting stock in at once both count, and no change can take away units that are not available
/// (the rule of <see cref="InventoryLevel.RefuseAdjustment"/>, checked again by the WHERE clause under the row lock).
/// </summary>
public sealed class StockAdjustments(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock)
{
    public async Task<StockChangeResult> AdjustAsync(int variantId, int warehouseId, int delta, MovementReason reason, string actor,
        string? note, CancellationToken cancellationToken = default)
    {
        if (delta == 0) return new StockChangeResult.Refused("An adjustment must change the quantity.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await ApplyAsync(db, variantId, warehouseId, delta, reason, actor, note, cancellationToken);
        if (result is StockChangeResult.Changed) await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Moves units between warehouses in one transaction: both sides change, or neither does.</summary>
    public async Task<StockChangeResult> TransferAsync(int variantId, int fromWarehouseId, int toWarehouseId, int quantity, string actor,
        string? note, CancellationToken cancellationToken = default)
    {
        if (quantity <= 0) return new StockChangeResult.Refused("Transfer at least one unit.");
        if (fromWarehouseId == toWarehouseId) return new StockChangeResult.Refused("Pick two different warehouses.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var from = await ApplyAsync(db, variantId, fromWarehouseId, -quantity, MovementReason.TransferOut, actor, note, cancellationToken);
        if (from is StockChangeResult.Refused) return from;
        var to = await ApplyAsync(db, variantId, toWarehouseId, quantity, MovementReason.TransferIn, actor, note, cancellationToken);
        if (to is StockChangeResult.Refused) return to;
        await transaction.CommitAsync(cancellationToken);
        return from;
    }

    /// <summary>One adjustment inside the caller's transaction (the CSV import sets stock this way too).</summary>
    public async Task<StockChangeResult> ApplyAsync(CommerceDbContext db, int variantId, int warehouseId, int delta, MovementReason reason,
        string actor, string? note, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            if (delta > 0)
                await db.Database.ExecuteSqlInterpolatedAsync($"""
                    INSERT INTO inventory_levels (variant_id, warehouse_id, on_hand, reserved, reorder_point, reorder_quantity)
                    VALUES ({variantId}, {warehouseId}, 0, 0, 0, 0) ON CONFLICT (variant_id, warehouse_id) DO NOTHING
                    """, cancellationToken);
            var rows = await db.Database.SqlQuery<LevelRow>($"""
                WITH changed AS (
                    UPDATE inventory_levels l SET on_hand = l.on_hand + {delta}
                    WHERE l.variant_id = {variantId} AND l.warehouse_id = {warehouseId}
                      AND ({delta} > 0 OR l.on_hand - l.reserved >= -{delta})
                    RETURNING l.on_hand, l.reserved
                ), logged AS (
                    INSERT INTO inventory_movements (variant_id, warehouse_id, delta, reason, resulting_on_hand, actor, note, occurred_at)
                    SELECT {variantId}, {warehouseId}, {delta}, {reason.ToString()}, on_hand, {actor}, {note}, {now} FROM changed
                )
                SELECT on_hand, reserved FROM changed
                """).ToListAsync(cancellationToken);
            if (rows.Count == 1) return new StockChangeResult.Changed(rows[0].OnHand, rows[0].Reserved);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ForeignKeyViolation)
        {
            return new StockChangeResult.Refused("That variant or warehouse no longer exists.");
        }
        var level = await db.InventoryLevels.AsNoTracking().Where(l => l.VariantId == variantId && l.WarehouseId == warehouseId)
            .Select(l => new { l.OnHand, l.Reserved }).SingleOrDefaultAsync(cancellationToken);
        return new StockChangeResult.Refused(InventoryLevel.RefuseAdjustment(level?.OnHand ?? 0, level?.Reserved ?? 0, delta)
            ?? "The stock changed meanwhile; try again.");
    }

    public async Task<bool> SetReorderPolicyAsync(int variantId, int warehouseId, int reorderPoint, int reorderQuantity, CancellationToken cancellationToken = default)
    {
        if (reorderPoint < 0 || reorderQuantity < 0) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO inventory_levels (variant_id, warehouse_id, on_hand, reserved, reorder_point, reorder_quantity)
            VALUES ({variantId}, {warehouseId}, 0, 0, {reorderPoint}, {reorderQuantity})
            ON CONFLICT (variant_id, warehouse_id) DO UPDATE SET reorder_point = excluded.reorder_point, reorder_quantity = excluded.reorder_quantity
            """, cancellationToken);
        return rows == 1;
    }

    private sealed record LevelRow(int OnHand, int Reserved);
}
