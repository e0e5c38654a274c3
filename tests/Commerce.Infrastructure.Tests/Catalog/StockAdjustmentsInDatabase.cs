using Commerce.Core.Inventory;
using Commerce.Infrastructure.Inventory;

namespace Commerce.Infrastructure.Tests.Catalog;

public sealed class StockAdjustmentsInDatabase(CatalogDatabase store) : IClassFixture<CatalogDatabase>
{
    [Fact]
    public async Task ReceivingStockWritesTheMovementWithTheResultingQuantity()
    {
        var variant = await store.AddVariantAsync(onHand: 5);

        var result = await store.Stock.AdjustAsync(variant, store.MainWarehouseId, 7, MovementReason.Restock, "alice@shop.test", "PO-1");

        Assert.Equal(new StockChangeResult.Changed(12, 0), result);
        Assert.Equal((12, 0), await store.LevelAsync(variant, store.MainWarehouseId));
        var movement = Assert.Single(await store.MovementsAsync(variant));
        Assert.Equal((7, MovementReason.Restock, 12, "alice@shop.test", "PO-1"),
            (movement.Delta, movement.Reason, movement.ResultingOnHand, movement.Actor, movement.Note));
    }

    [Fact]
    public async Task RemovingMoreThanIsAvailableIsRefusedAndChangesNothing()
    {
        var variant = await store.AddVariantAsync(onHand: 5, reserved: 3);

        var result = await store.Stock.AdjustAsync(variant, store.MainWarehouseId, -3, MovementReason.Damage, "alice", null);

        var refused = Assert.IsType<StockChangeResult.Refused>(result);
        Assert.Contains("Only 2 available", refused.Reason);
        Assert.Equal((5, 3), await store.LevelAsync(variant, store.MainWarehouseId));
        Assert.Empty(await store.MovementsAsync(variant));
    }

    [Fact]
    public async Task TwoConcurrentAdjustmentsAreBothCounted()
    {
        var variant = await store.AddVariantAsync(onHand: 0);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Task.Run(() => store.Stock.AdjustAsync(variant, store.MainWarehouseId, 5, MovementReason.Restock, "counter", null))));

        Assert.All(results, r => Assert.IsType<StockChangeResult.Changed>(r));
        Assert.Equal((100, 0), await store.LevelAsync(variant, store.MainWarehouseId));
        var movements = await store.MovementsAsync(variant);
        Assert.Equal(20, movements.Count);
        Assert.Equal(Enumerable.Range(1, 20).Select(i => i * 5), movements.Select(m => m.ResultingOnHand).Order());
    }

    [Fact]
    public async Task ConcurrentRemovalsNeverTakeStockBelowZero()
    {
        var variant = await store.AddVariantAsync(onHand: 10);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => store.Stock.AdjustAsync(variant, store.MainWarehouseId, -3, MovementReason.Damage, "counter", null))));

        Assert.Equal(3, results.Count(r => r is StockChangeResult.Changed));
        Assert.Equal((1, 0), await store.LevelAsync(variant, store.MainWarehouseId));
        Assert.Equal(3, (await store.MovementsAsync(variant)).Count);
    }

    [Fact]
    public async Task ATransferMovesUnitsAndLogsBothSides()
    {
        var variant = await store.AddVariantAsync(onHand: 10);

        var result = await store.Stock.TransferAsync(variant, store.MainWarehouseId, store.SecondWarehouseId, 4, "alice", "rebalance");

        Assert.IsType<StockChangeResult.Changed>(result);
        Assert.Equal((6, 0), await store.LevelAsync(variant, store.MainWarehouseId));
        Assert.Equal((4, 0), await store.LevelAsync(variant, store.SecondWarehouseId));
        Assert.Equal([(-4, MovementReason.TransferOut, 6), (4, MovementReason.TransferIn, 4)],
            (await store.MovementsAsync(variant)).Select(m => (m.Delta, m.Reason, m.ResultingOnHand)));
    }

    [Fact]
    public async Task ATransferOfMoreThanIsAvailableMovesNothing()
    {
        var variant = await store.AddVariantAsync(onHand: 3);

        var result = await store.Stock.TransferAsync(variant, store.MainWarehouseId, store.SecondWarehouseId, 4, "alice", null);

        Assert.IsType<StockChangeResult.Refused>(result);
        Assert.Equal((3, 0), await store.LevelAsync(variant, store.MainWarehouseId));
        Assert.Equal((0, 0), await store.LevelAsync(variant, store.SecondWarehouseId));
        Assert.Empty(await store.MovementsAsync(variant));
    }
}
