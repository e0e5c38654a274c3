using Commerce.Core.Common;

namespace Commerce.Core.Inventory;

/// <summary>
/// Stock of one variant in one warehouse. Reserved units belong to unpaid orders; available = on hand − reserved
/// (never below zero): <see cref="AvailableOf"/> is the one definition, and its SQL twin is
/// Commerce.Infrastructure.Inventory.StockSql.Available.
/// Concurrent changes go through single conditional UPDATE statements in the infrastructure layer; these methods
/// hold the same rules for in-process use (admin edits, tests) and the database constraints agree with them.
/// </summary>
public class InventoryLevel
{
    private InventoryLevel() { }

    public InventoryLevel(int variantId, int warehouseId, int onHand, int reorderPoint = 0, int reorderQuantity = 0)
    {
        if (onHand < 0) throw new DomainException("Stock on hand cannot be negative.");
        VariantId = variantId;
        WarehouseId = warehouseId;
        OnHand = onHand;
        SetReorderPolicy(reorderPoint, reorderQuantity);
    }

    public int Id { get; private set; }
    public int VariantId { get; private set; }
    public int WarehouseId { get; private set; }
    public int OnHand { get; private set; }
    public int Reserved { get; private set; }
    public int ReorderPoint { get; private set; }
    public int ReorderQuantity { get; private set; }

    public int Available => AvailableOf(OnHand, Reserved);

    /// <summary>Units a shopper can still buy: on hand less what unpaid orders hold, never negative.</summary>
    public static int AvailableOf(int onHand, int reserved) => Math.Max(0, onHand - reserved);

    /// <summary>
    /// Why an adjustment by <paramref name="delta"/> is refused, or null when it is allowed: it must change something, and
    /// it may not take away units that are not available (reserved units belong to orders, on hand never goes below zero).
    /// </summary>
    public static string? RefuseAdjustment(int onHand, int reserved, int delta) =>
        delta == 0 ? "An adjustment must change the quantity."
        : delta < 0 && -delta > AvailableOf(onHand, reserved)
            ? $"Only {AvailableOf(onHand, reserved)} available ({onHand} on hand, {reserved} reserved); cannot remove {-delta}."
        : null;
    public bool NeedsReorder => Available <= ReorderPoint;

    public bool TryReserve(int quantity)
    {
        Guard.Positive(quantity, "Quantity");
        if (Available < quantity) return false;
        Reserved += quantity;
        return true;
    }

    public void Release(int quantity)
    {
        Guard.Positive(quantity, "Quantity");
        if (quantity > Reserved) throw new DomainException("Cannot release more units than are reserved.");
        Reserved -= quantity;
    }

    /// <summary>A paid order takes its reserved units off the shelf.</summary>
    public void CommitReservation(int quantity)
    {
        if (quantity > OnHand) throw new DomainException("Cannot ship more units than are on hand.");
        Release(quantity);
        OnHand -= quantity;
    }

    public InventoryMovement Adjust(int delta, MovementReason reason, string actor, DateTimeOffset at, string? note = null)
    {
        if (RefuseAdjustment(OnHand, Reserved, delta) is { } refusal) throw new DomainException(refusal);
        OnHand += delta;
        return new InventoryMovement(VariantId, WarehouseId, delta, reason, OnHand, actor, at, note);
    }

    public void SetReorderPolicy(int reorderPoint, int reorderQuantity)
    {
        if (reorderPoint < 0 || reorderQuantity < 0) throw new DomainException("Reorder values cannot be negative.");
        (ReorderPoint, ReorderQuantity) = (reorderPoint, reorderQuantity);
    }
}
