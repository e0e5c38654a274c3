using Commerce.Core.Common;
using Commerce.Core.Inventory;

namespace Commerce.Core.Tests.Inventory;

public class InventoryCommit
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TakesReservedUnitsOffTheShelf()
    {
        var level = new InventoryLevel(1, 1, onHand: 5);
        level.TryReserve(2);

        level.CommitReservation(2);

        Assert.Equal(3, level.OnHand);
        Assert.Equal(0, level.Reserved);
        Assert.Equal(3, level.Available);
    }

    [Fact]
    public void RefusesUnitsThatWereNotReserved()
    {
        var level = new InventoryLevel(1, 1, onHand: 5);
        level.TryReserve(1);

        Assert.Throws<DomainException>(() => level.CommitReservation(2));
        Assert.Equal(5, level.OnHand);
        Assert.Equal(1, level.Reserved);
    }
}
