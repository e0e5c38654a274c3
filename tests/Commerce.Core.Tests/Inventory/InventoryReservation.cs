using Commerce.Core.Common;
using Commerce.Core.Inventory;

namespace Commerce.Core.Tests.Inventory;

public class InventoryReservation
{
    [Fact]
    public void NeverReservesMoreThanAvailable()
    {
        var level = new InventoryLevel(variantId: 1, warehouseId: 1, onHand: 5);

        Assert.True(level.TryReserve(3));
        Assert.False(level.TryReserve(3));
        Assert.Equal(3, level.Reserved);
        Assert.Equal(2, level.Available);
    }

    [Fact]
    public void RefusesAZeroOrNegativeQuantity()
    {
        var level = new InventoryLevel(1, 1, onHand: 5);

        Assert.Throws<DomainException>(() => level.TryReserve(0));
        Assert.Throws<DomainException>(() => level.Release(-1));
    }

    [Fact]
    public void ReleasesNoMoreThanIsReserved()
    {
        var level = new InventoryLevel(1, 1, onHand: 5);
        level.TryReserve(2);

        Assert.Throws<DomainException>(() => level.Release(3));

        level.Release(2);
        Assert.Equal(5, level.Available);
    }
}
