using Commerce.Core.Inventory;

namespace Commerce.Core.Tests.Inventory;

public class InventoryReorder
{
    [Fact]
    public void NeedsReorderOnceAvailableReachesTheReorderPoint()
    {
        var level = new InventoryLevel(1, 1, onHand: 10, reorderPoint: 3, reorderQuantity: 20);
        Assert.False(level.NeedsReorder);

        level.TryReserve(7);

        Assert.True(level.NeedsReorder);
    }
}
