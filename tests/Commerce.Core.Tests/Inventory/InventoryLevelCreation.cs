using Commerce.Core.Common;
using Commerce.Core.Inventory;

namespace Commerce.Core.Tests.Inventory;

public class InventoryLevelCreation
{
    [Fact]
    public void RefusesNegativeStockOnHand()
    {
        Assert.Throws<DomainException>(() => new InventoryLevel(1, 1, onHand: -1));
    }

    [Fact]
    public void RefusesNegativeReorderValuesAsSetReorderPolicyDoes()
    {
        Assert.Throws<DomainException>(() => new InventoryLevel(1, 1, onHand: 5, reorderPoint: -1));
        Assert.Throws<DomainException>(() => new InventoryLevel(1, 1, onHand: 5, reorderQuantity: -1));
        Assert.Throws<DomainException>(() => new InventoryLevel(1, 1, onHand: 5).SetReorderPolicy(-1, 10));
    }
}
