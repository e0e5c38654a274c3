using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments.Stripe;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed class StripeWebhookChargeRefunded(PaymentsDatabase store) : IClassFixture<PaymentsDatabase>
{
    [Fact]
    public async Task RecordsARefundMadeInTheStripeDashboardOnce()
    {
        var order = await PaidOrderAsync();
        var payload = StripeEvents.ChargeRefunded(order, amountRefunded: 1000);

        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(payload));
        Assert.Equal(WebhookResult.Duplicate, await store.DeliverAsync(payload));
        // Stripe also sends charge.refunded again under a new event id for the same cumulative amount (e.g. charge.refund.updated flows).
        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.ChargeRefunded(order, amountRefunded: 1000)));

        var state = await store.StateAsync(order);
        Assert.Equal(10m, state.RefundedTotal);
        Assert.Equal((PaymentStatus.PartiallyRefunded, OrderStatus.Confirmed), (state.PaymentStatus, state.Status));
        Assert.Equal((1, 1), (state.Refunds, state.RefundEmails));
        Assert.Empty(store.Gateway.RefundsFor(order.IntentId));
    }

    [Fact]
    public async Task RecordsOnlyTheNewPartOfTheCumulativeAmount()
    {
        var order = await PaidOrderAsync();

        await store.DeliverAsync(StripeEvents.ChargeRefunded(order, amountRefunded: 1000));
        await store.DeliverAsync(StripeEvents.ChargeRefunded(order, amountRefunded: StripeEvents.Cents(order)));

        var state = await store.StateAsync(order);
        Assert.Equal(order.Total.Amount, state.RefundedTotal);
        Assert.Equal((PaymentStatus.Refunded, OrderStatus.Refunded), (state.PaymentStatus, state.Status));
        Assert.Equal(2, state.Refunds);
        // Fully refunded before anything shipped: the order can no longer ship, so its units are back on hand.
        Assert.Equal((10, 0), (state.OnHand, state.Reserved));
    }

    [Fact]
    public async Task TheNoticeOfARefundTheStoreMadeAddsNothing()
    {
        var order = await PaidOrderAsync();
        var issued = await store.Refunds.RefundAsync(order.Id, new Money(15m, "USD"), "Damaged on arrival", "admin@example.com");
        Assert.IsType<RefundResult.Issued>(issued);

        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.ChargeRefunded(order, amountRefunded: 1500)));

        var state = await store.StateAsync(order);
        Assert.Equal(15m, state.RefundedTotal);
        Assert.Equal(1, state.Refunds);
    }

    private async Task<TestOrder> PaidOrderAsync()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);
        Assert.Equal(SettlementResult.Applied, await store.Settlement.MarkPaidAsync(order.Id, order.IntentId));
        return order;
    }
}
