using Commerce.Core.Common;
using Commerce.Core.Inventory;

namespace Commerce.Core.Tests.Inventory;

public class InventoryAdjustment
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RecordsAMovementWithTheResultingStock()
    {
        var level = new InventoryLevel(variantId: 7, warehouseId: 2, onHand: 5);

        var movement = level.Adjust(10, MovementReason.Restock, "alice", Now, "PO-42");

        Assert.Equal(15, level.OnHand);
        Assert.Equal((7, 2, 10, MovementReason.Restock, 15, "alice", "PO-42", Now),
            (movement.VariantId, movement.WarehouseId, movement.Delta, movement.Reason, movement.ResultingOnHand,
             movement.Actor, movement.Note, movement.OccurredAt));
    }

    [Fact]
    public void NeverTakesStockBelowZero()
    {
        var level = new InventoryLevel(1, 1, onHand: 3);

        Assert.Throws<DomainException>(() => level.Adjust(-4, MovementReason.Damage, "alice", Now));
        Assert.Equal(3, level.OnHand);
    }

    [Fact]
    public void RefusesAnAdjustmentThatChangesNothing()
    {
        Assert.Throws<DomainException>(() => new InventoryLevel(1, 1, 3).Adjust(0, MovementReason.Correction, "alice", Now));
    }

    [Fact]
    public void NeverTakesAwayUnitsReservedForOrders()
    {
        var level = new InventoryLevel(1, 1, onHand: 5);
        level.TryReserve(4);

        var refused = Assert.Throws<DomainException>(() => level.Adjust(-2, MovementReason.Damage, "alice", Now));

        Assert.Contains("Only 1 available", refused.Message);
        Assert.Equal((5, 1), (level.OnHand, level.Available));
        level.Adjust(-1, MovementReason.Damage, "alice", Now);
        Assert.Equal(0, level.Available);
    }
}
