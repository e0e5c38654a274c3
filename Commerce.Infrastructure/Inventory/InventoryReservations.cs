using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Inventory;

/// <summary>
/// Stock moves for orders as single conditional statements, so two buyers can never take the same unit:
/// a reservation succeeds only if on hand minus reserved still covers it when the row is locked.
/// Each method runs inside the caller's transaction.
/// </summary>
public sealed class InventoryReservations(TimeProvider clock)
{
    /// <summary>Reserves from the warehouse with the most available units; false when no warehouse can cover it.</summary>
    public async Task<bool> TryReserveAsync(CommerceDbContext db, Guid orderId, int variantId, int quantity, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH candidate AS (
                SELECT id FROM inventory_levels
                WHERE variant_id = {variantId} AND on_hand - reserved >= {quantity}
                ORDER BY on_hand - reserved DESC, id
                LIMIT 1
                FOR UPDATE
            ), reserved AS (
                UPDATE inventory_levels l SET reserved = l.reserved + {quantity}
                FROM candidate c
                WHERE l.id = c.id AND l.on_hand - l.reserved >= {quantity}
                RETURNING l.variant_id, l.warehouse_id
            )
            INSERT INTO inventory_reservations (order_id, variant_id, warehouse_id, quantity, status, created_at)
            SELECT {orderId}, variant_id, warehouse_id, {quantity}, 'Active', {now} FROM reserved
            """, cancellationToken);
        return rows == 1;
    }

    /// <summary>A paid order takes its units off the shelf and writes the stock ledger; a second call changes nothing.</summary>
    public Task<int> CommitAsync(CommerceDbContext db, Guid orderId, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH committed AS (
                UPDATE inventory_reservations SET status = 'Committed'
                WHERE order_id = {orderId} AND status = 'Active'
                RETURNING variant_id, warehouse_id, quantity
            ), moved AS (
                UPDATE inventory_levels l
                SET reserved = l.reserved - c.quantity, on_hand = l.on_hand - c.quantity
                FROM committed c
                WHERE l.variant_id = c.variant_id AND l.warehouse_id = c.warehouse_id
                RETURNING l.variant_id, l.warehouse_id, c.quantity, l.on_hand
            )
            INSERT INTO inventory_movements (variant_id, warehouse_id, delta, reason, resulting_on_hand, actor, note, order_id, occurred_at)
            SELECT variant_id, warehouse_id, -quantity, 'Sale', on_hand, {actor}, NULL, {orderId}, {now} FROM moved
            """, cancellationToken);
    }

    /// <summary>Gives held units back (payment failed, cancelled, expired); exactly once per reservation.</summary>
    public Task<int> ReleaseAsync(CommerceDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH released AS (
                UPDATE inventory_reservations SET status = 'Released'
                WHERE order_id = {orderId} AND status = 'Active'
                RETURNING variant_id, warehouse_id, quantity
            )
            UPDATE inventory_levels l SET reserved = l.reserved - r.quantity
            FROM released r
            WHERE l.variant_id = r.variant_id AND l.warehouse_id = r.warehouse_id
            """, cancellationToken);

    /// <summary>Puts shipped-back or cancelled-after-payment units back on hand, with a ledger line each.</summary>
    public Task<int> RestockAsync(CommerceDbContext db, Guid orderId, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH returned AS (
                UPDATE inventory_reservations SET status = 'Released'
                WHERE order_id = {orderId} AND status = 'Committed'
                RETURNING variant_id, warehouse_id, quantity
            ), moved AS (
                UPDATE inventory_levels l SET on_hand = l.on_hand + r.quantity
                FROM returned r
                WHERE l.variant_id = r.variant_id AND l.warehouse_id = r.warehouse_id
                RETURNING l.variant_id, l.warehouse_id, r.quantity, l.on_hand
            )
            INSERT INTO inventory_movements (variant_id, warehouse_id, delta, reason, resulting_on_hand, actor, note, order_id, occurred_at)
            SELECT variant_id, warehouse_id, quantity, 'Return', on_hand, {actor}, 'Order cancelled', {orderId}, {now} FROM moved
            """, cancellationToken);
    }

    /// <summary>
    /// Puts some units of one line of a paid order back on hand (a refund with restock), in the warehouse they came
    /// from, with a ledger line. The order's held units shrink by as many, so a later full restock cannot count them twice.
    /// </summary>
    public Task<int> RestockUnitsAsync(CommerceDbContext db, Guid orderId, int variantId, int quantity, string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH target AS (
                SELECT id, variant_id, warehouse_id, quantity AS held, LEAST(quantity, {quantity}) AS units
                FROM inventory_reservations
                WHERE order_id = {orderId} AND variant_id = {variantId} AND status = 'Committed'
                FOR UPDATE
            ), returned AS (
                UPDATE inventory_reservations r
                SET quantity = CASE WHEN t.held > t.units THEN t.held - t.units ELSE r.quantity END,
                    status = CASE WHEN t.held > t.units THEN r.status ELSE 'Released' END
                FROM target t
                WHERE r.id = t.id
                RETURNING t.variant_id, t.warehouse_id, t.units
            ), moved AS (
                UPDATE inventory_levels l SET on_hand = l.on_hand + r.units
                FROM returned r
                WHERE l.variant_id = r.variant_id AND l.warehouse_id = r.warehouse_id
                RETURNING l.variant_id, l.warehouse_id, r.units, l.on_hand
            )
            INSERT INTO inventory_movements (variant_id, warehouse_id, delta, reason, resulting_on_hand, actor, note, order_id, occurred_at)
            SELECT variant_id, warehouse_id, units, 'Return', on_hand, {actor}, 'Refunded with restock', {orderId}, {now} FROM moved
            """, cancellationToken);
    }
}
