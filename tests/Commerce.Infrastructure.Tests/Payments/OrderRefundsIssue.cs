using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Ordering;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed class OrderRefundsIssue(PaymentsDatabase store) : IClassFixture<PaymentsDatabase>
{
    [Fact]
    public async Task APartialRefundGoesThroughTheProviderAndIsRecorded()
    {
        var order = await PaidOrderAsync();

        var result = await store.Refunds.RefundAsync(order.Id, Usd(20m), "Late delivery", "admin@example.com");

        var issued = Assert.IsType<RefundResult.Issued>(result);
        Assert.Equal(Usd(20m), issued.Amount);
        var call = Assert.Single(store.Gateway.RefundsFor(order.IntentId));
        Assert.Equal((Usd(20m), $"refund-{order.Id:N}-{issued.RefundId}"), (call.Amount, call.IdempotencyKey));
        var state = await store.StateAsync(order);
        Assert.Equal((20m, PaymentStatus.PartiallyRefunded, OrderStatus.Confirmed), (state.RefundedTotal, state.PaymentStatus, state.Status));
        Assert.Equal((1, 1), (state.Refunds, state.RefundEmails));
        Assert.Equal((8, 0), (state.OnHand, state.Reserved));
    }

    [Fact]
    public async Task EachRefundOfAnOrderHasItsOwnIdempotencyKey()
    {
        var order = await PaidOrderAsync();

        var first = Assert.IsType<RefundResult.Issued>(await store.Refunds.RefundAsync(order.Id, Usd(10m), "Coupon not applied", "admin@example.com"));
        var second = Assert.IsType<RefundResult.Issued>(await store.Refunds.RefundAsync(order.Id, Usd(10m), "Coupon not applied", "admin@example.com"));

        Assert.NotEqual(first.RefundId, second.RefundId);
        Assert.Equal([$"refund-{order.Id:N}-{first.RefundId}", $"refund-{order.Id:N}-{second.RefundId}"],
            store.Gateway.RefundsFor(order.IntentId).Select(r => r.IdempotencyKey));
    }

    [Fact]
    public async Task AFullRefundOfAnUnshippedOrderPutsItsUnitsBack()
    {
        var order = await PaidOrderAsync();

        Assert.IsType<RefundResult.Issued>(await store.Refunds.RefundAsync(order.Id, order.Total, "Out of stock at the vendor", "admin@example.com"));

        var state = await store.StateAsync(order);
        Assert.Equal((PaymentStatus.Refunded, OrderStatus.Refunded), (state.PaymentStatus, state.Status));
        Assert.Equal((10, 0), (state.OnHand, state.Reserved));
    }

    [Fact]
    public async Task MoreThanWhatRemainsIsRejectedBeforeTheProviderIsAsked()
    {
        var order = await PaidOrderAsync();
        await store.Refunds.RefundAsync(order.Id, Usd(50m), "Partial", "admin@example.com");

        var result = await store.Refunds.RefundAsync(order.Id, order.Total, "Everything", "admin@example.com");

        var rejected = Assert.IsType<RefundResult.Rejected>(result);
        Assert.Contains("$4.98", rejected.Message);
        Assert.Single(store.Gateway.RefundsFor(order.IntentId));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1.005)]
    public async Task AnAmountThatIsNotAPositiveNumberOfCentsIsRejected(decimal amount)
    {
        var order = await PaidOrderAsync();

        Assert.IsType<RefundResult.Rejected>(await store.Refunds.RefundAsync(order.Id, Usd(amount), "Oops", "admin@example.com"));

        Assert.Empty(store.Gateway.RefundsFor(order.IntentId));
    }

    [Fact]
    public async Task AnUnpaidOrderCannotBeRefunded()
    {
        var order = await store.PlacePendingOrderAsync();

        Assert.IsType<RefundResult.Rejected>(await store.Refunds.RefundAsync(order.Id, Usd(5m), "Goodwill", "admin@example.com"));

        Assert.Empty(store.Gateway.RefundsFor(order.IntentId));
    }

    [Fact]
    public async Task AProviderFailureRefundsNothingAndFreesTheHeldAmount()
    {
        var order = await PaidOrderAsync();
        store.Gateway.RefuseRefundsFor = order.IntentId;

        var result = await store.Refunds.RefundAsync(order.Id, Usd(5m), "Goodwill", "admin@example.com");

        store.Gateway.RefuseRefundsFor = null;
        Assert.IsType<RefundResult.Failed>(result);
        var state = await store.StateAsync(order);
        Assert.Equal((0m, PaymentStatus.Paid, 0), (state.RefundedTotal, state.PaymentStatus, state.Refunds));
        Assert.IsType<RefundResult.Issued>(await store.Refunds.RefundAsync(order.Id, order.Total, "Retry in full", "admin@example.com"));
    }

    private async Task<TestOrder> PaidOrderAsync()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);
        Assert.Equal(SettlementResult.Applied, await store.Settlement.MarkPaidAsync(order.Id, order.IntentId));
        return order;
    }

    private static Money Usd(decimal amount) => new(amount, "USD");
}
