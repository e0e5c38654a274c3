namespace Commerce.Core.Inventory;

public enum MovementReason
{
    InitialStock = 0,
    Restock = 1,
    Sale = 2,
    Return = 3,
    Correction = 4,
    Damage = 5,
    TransferOut = 6,
    TransferIn = 7,
    Import = 8,
}

public static class MovementReasons
{
    /// <summary>The reasons staff pick when they adjust stock by hand (sales and transfers are written by the system).</summary>
    public static readonly IReadOnlyList<MovementReason> ForAdjustment =
        [MovementReason.Restock, MovementReason.Damage, MovementReason.Correction, MovementReason.Return, MovementReason.InitialStock];

    public static string Label(this MovementReason reason) => reason switch
    {
        MovementReason.InitialStock => "Initial stock",
        MovementReason.Restock => "Received",
        MovementReason.Sale => "Sale",
        MovementReason.Return => "Returned",
        MovementReason.Correction => "Correction (count)",
        MovementReason.Damage => "Damaged",
        MovementReason.TransferOut => "Transfer out",
        MovementReason.TransferIn => "Transfer in",
        MovementReason.Import => "CSV import",
        _ => reason.ToString(),
    };
}

/// <summary>An append-only line in the stock ledger: what changed, why, by whom, and what it left.</summary>
public class InventoryMovement
{
    private InventoryMovement() { }

    public InventoryMovement(int variantId, int warehouseId, int delta, MovementReason reason, int resultingOnHand,
        string actor, DateTimeOffset occurredAt, string? note = null, Guid? orderId = null)
    {
        VariantId = variantId;
        WarehouseId = warehouseId;
        Delta = delta;
        Reason = reason;
        ResultingOnHand = resultingOnHand;
        Actor = actor;
        OccurredAt = occurredAt;
        Note = note;
        OrderId = orderId;
    }

    public long Id { get; private set; }
    public int VariantId { get; private set; }
    public int WarehouseId { get; private set; }
    public int Delta { get; private set; }
    public MovementReason Reason { get; private set; }
    public int ResultingOnHand { get; private set; }
    public string Actor { get; private set; } = "";
    public string? Note { get; private set; }
    public Guid? OrderId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
}
