namespace Commerce.Core.Inventory;

public enum ReservationStatus
{
    Active = 0,
    Committed = 1,
    Released = 2,
}

/// <summary>
/// Units held for an unpaid order in one warehouse. It ends exactly once: committed when paid (the units leave
/// on hand), or released when payment fails, the order is cancelled or it expires.
/// </summary>
public class InventoryReservation
{
    private InventoryReservation() { }

    public InventoryReservation(Guid orderId, int variantId, int warehouseId, int quantity, DateTimeOffset createdAt)
    {
        OrderId = orderId;
        VariantId = variantId;
        WarehouseId = warehouseId;
        Quantity = quantity > 0 ? quantity : throw new Common.DomainException("A reservation must hold at least one unit.");
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int VariantId { get; private set; }
    public int WarehouseId { get; private set; }
    public int Quantity { get; private set; }
    public ReservationStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
