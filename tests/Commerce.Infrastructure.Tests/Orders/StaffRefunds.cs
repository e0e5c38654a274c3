using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Tests.Payments;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Orders;

public sealed class StaffRefunds(PaymentsDatabase store) : IClassFixture<PaymentsDatabase>
{
    [Fact]
    public async Task ARefundWithRestockPutsOnlyTheChosenUnitsBackOnHand()
    {
        var order = await store.PlacePaidOrderAsync(quantity: 2, lines: 2);
        var (first, second) = await LinesAsync(order);

        var result = await store.Refunds.RefundAsync(order.Id, Usd(24.99m), "One tee arrived torn", "admin@example.com",
            [new RefundLine(first, 1, Restock: true), new RefundLine(second, 1, Restock: false)]);

        Assert.IsType<RefundResult.Issued>(result);
        Assert.Equal([9, 8], await OnHandAsync(order));
        await using var db = await store.Contexts.CreateDbContextAsync();
        var movement = await db.InventoryMovements.SingleAsync(m => m.OrderId == order.Id && m.Delta > 0);
        Assert.Equal((order.VariantIds[0], 1), (movement.VariantId, movement.Delta));
        var refund = await db.Refunds.SingleAsync(r => r.OrderId == order.Id);
        Assert.Equal((RefundStatus.Succeeded, 2), (refund.Status, refund.Lines.Count));
        var items = await db.OrderItems.Where(i => i.OrderId == order.Id).OrderBy(i => i.Id).Select(i => i.RefundedQuantity).ToListAsync();
        Assert.Equal([1, 1], items);
    }

    [Fact]
    public async Task PartialRefundsAddUpToThePaidTotalAndARefundBeyondItIsRefused()
    {
        var order = await store.PlacePaidOrderAsync();

        foreach (var amount in new[] { 20m, 20m, 14.98m })
            Assert.IsType<RefundResult.Issued>(await store.Refunds.RefundAsync(order.Id, Usd(amount), "Goodwill", "admin@example.com"));
        var beyond = await store.Refunds.RefundAsync(order.Id, Usd(0.01m), "One cent more", "admin@example.com");

        Assert.IsType<RefundResult.Rejected>(beyond);
        var state = await store.StateAsync(order);
        Assert.Equal((54.98m, PaymentStatus.Refunded, OrderStatus.Refunded, 3), (state.RefundedTotal, state.PaymentStatus, state.Status, state.Refunds));
        Assert.Equal(3, store.Gateway.RefundsFor(order.IntentId).Count);
    }

    [Fact]
    public async Task TwoStaffRefundingTheSameAmountAtOnceRefundOnce()
    {
        var order = await store.PlacePaidOrderAsync();
        store.Gateway.RefundDelay = TimeSpan.FromMilliseconds(300);
        try
        {
            var both = await Task.WhenAll(
                Task.Run(() => store.Refunds.RefundAsync(order.Id, order.Total, "Customer called", "ann@example.com")),
                Task.Run(() => store.Refunds.RefundAsync(order.Id, order.Total, "Customer emailed", "bob@example.com")));

            Assert.Single(both, r => r is RefundResult.Issued);
            Assert.Single(both, r => r is RefundResult.Rejected);
        }
        finally
        {
            store.Gateway.RefundDelay = TimeSpan.Zero;
        }
        Assert.Single(store.Gateway.RefundsFor(order.IntentId));
        var state = await store.StateAsync(order);
        Assert.Equal((order.Total.Amount, 1, 1), (state.RefundedTotal, state.Refunds, state.RefundEmails));
    }

    [Fact]
    public async Task CancellingAPaidOrderRefundsAndRestocksOnceEvenWhenAskedTwice()
    {
        var order = await store.PlacePaidOrderAsync();

        var first = await store.Cancellation.CancelAsync(order.Id, "Customer asked by phone", "admin@example.com");
        var second = await store.Cancellation.CancelAsync(order.Id, "Customer asked by phone", "admin@example.com");

        Assert.Equal(order.Total, first.Refunded);
        Assert.Null(second.Refunded);
        var state = await store.StateAsync(order);
        Assert.Equal((OrderStatus.Cancelled, PaymentStatus.Refunded, order.Total.Amount), (state.Status, state.PaymentStatus, state.RefundedTotal));
        Assert.Equal((10, 0, 1, 1), (state.OnHand, state.Reserved, state.Refunds, state.RefundEmails));
        Assert.Single(store.Gateway.RefundsFor(order.IntentId));
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.InventoryMovements.CountAsync(m => m.OrderId == order.Id && m.Delta > 0));
    }

    [Fact]
    public async Task ACancelledOrderWhoseRefundFailedWaitsInTheRefundQueueUntilRefunded()
    {
        var order = await store.PlacePaidOrderAsync();
        store.Gateway.RefuseRefundsFor = order.IntentId;
        var cancelled = await store.Cancellation.CancelAsync(order.Id, "Vendor out of stock", "admin@example.com");
        store.Gateway.RefuseRefundsFor = null;

        Assert.Contains("did not go through", cancelled.Message);
        Assert.True(await AwaitingRefundAsync(order));

        Assert.IsType<RefundResult.Issued>(await store.Refunds.RefundAsync(order.Id, order.Total, "Vendor out of stock", "admin@example.com"));
        Assert.False(await AwaitingRefundAsync(order));
    }

    private async Task<bool> AwaitingRefundAsync(TestOrder order)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return await db.Orders.AwaitingRefund().AnyAsync(o => o.Id == order.Id);
    }

    private async Task<(int First, int Second)> LinesAsync(TestOrder order)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        var ids = await db.OrderItems.Where(i => i.OrderId == order.Id).OrderBy(i => i.Id).Select(i => i.Id).ToListAsync();
        return (ids[0], ids[1]);
    }

    private async Task<List<int>> OnHandAsync(TestOrder order)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        var levels = await db.InventoryLevels.Where(l => order.VariantIds.Contains(l.VariantId)).ToListAsync();
        return order.VariantIds.Select(v => levels.Single(l => l.VariantId == v).OnHand).ToList();
    }

    private static Money Usd(decimal amount) => new(amount, "USD");
}
