using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed class StripeWebhookPaymentSucceeded(PaymentsDatabase store) : IClassFixture<PaymentsDatabase>
{
    [Fact]
    public async Task ConfirmsTheOrderAndTakesTheUnitsOffTheShelf()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);

        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.PaymentSucceeded(order)));

        var state = await store.StateAsync(order);
        Assert.Equal((OrderStatus.Confirmed, PaymentStatus.Paid), (state.Status, state.PaymentStatus));
        Assert.Equal((8, 0), (state.OnHand, state.Reserved));
        Assert.Equal(PaymentRecordStatus.Succeeded, state.PaymentRecord);
    }

    [Fact]
    public async Task DeliveredTwiceChangesTheOrderOnce()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);
        var eventId = StripeWebhookPayloads.NewEventId();
        var payload = StripeEvents.PaymentSucceeded(order, eventId);

        var first = await store.DeliverAsync(payload);
        var second = await store.DeliverAsync(payload);

        Assert.Equal((WebhookResult.Processed, WebhookResult.Duplicate), (first, second));
        var state = await store.StateAsync(order);
        Assert.Equal(OrderStatus.Confirmed, state.Status);
        Assert.Equal((8, 0), (state.OnHand, state.Reserved));
        Assert.Equal(1, await store.ProcessedEventsAsync(eventId));
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.OutboxEmails.CountAsync(e => e.OrderId == order.Id && e.Template == Core.Notifications.EmailTemplate.OrderConfirmation));
        Assert.Equal(1, await db.InventoryMovements.CountAsync(m => m.OrderId == order.Id));
    }

    [Fact]
    public async Task DeliveredConcurrentlyChangesTheOrderOnce()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);
        var payload = StripeEvents.PaymentSucceeded(order);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.DeliverAsync(payload))));

        Assert.Single(results, r => r == WebhookResult.Processed);
        Assert.Equal(3, results.Count(r => r == WebhookResult.Duplicate));
        Assert.Equal((8, 0), ((await store.StateAsync(order)).OnHand, (await store.StateAsync(order)).Reserved));
    }

    [Fact]
    public async Task ALateFailureAfterSuccessLeavesTheOrderPaid()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);
        await store.DeliverAsync(StripeEvents.PaymentSucceeded(order));

        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.PaymentFailed(order)));

        var state = await store.StateAsync(order);
        Assert.Equal((OrderStatus.Confirmed, PaymentStatus.Paid), (state.Status, state.PaymentStatus));
        Assert.Equal((8, 0), (state.OnHand, state.Reserved));
        Assert.Equal(PaymentRecordStatus.Succeeded, state.PaymentRecord);
        Assert.Equal(Ordering.SettlementResult.Ignored, await store.Settlement.MarkPaymentFailedAsync(order.Id, order.IntentId, "late"));
    }

    [Fact]
    public async Task FindsTheOrderByItsPaymentWhenMetadataIsMissing()
    {
        var order = await store.PlacePendingOrderAsync();
        var payload = StripeEvents.PaymentSucceeded(order).Replace($"\"order_id\":\"{order.Id}\"", "\"order_id\":\"unknown\"");

        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(payload));

        Assert.Equal(OrderStatus.Confirmed, (await store.StateAsync(order)).Status);
    }

    [Fact]
    public async Task AnAmountThatIsNotTheOrderTotalDoesNotConfirmTheOrder()
    {
        var order = await store.PlacePendingOrderAsync();

        await store.DeliverAsync(StripeEvents.PaymentSucceeded(order, amount: StripeEvents.Cents(order) - 100));

        Assert.Equal(OrderStatus.Pending, (await store.StateAsync(order)).Status);
    }

    [Fact]
    public async Task MoneyForAnExpiredOrderIsRefundedInFull()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);
        await ExpireAsync(order);
        var eventId = StripeWebhookPayloads.NewEventId();

        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.PaymentSucceeded(order, eventId)));
        Assert.Equal(WebhookResult.Duplicate, await store.DeliverAsync(StripeEvents.PaymentSucceeded(order, eventId)));
        // Stripe then reports the refund; the cancelled order has no payment to reduce, so nothing more is recorded.
        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.ChargeRefunded(order, StripeEvents.Cents(order))));

        var refund = Assert.Single(store.Gateway.RefundsFor(order.IntentId));
        Assert.Equal(order.Total, refund.Amount);
        Assert.Equal($"refund-late-{order.Id:N}", refund.IdempotencyKey);
        var state = await store.StateAsync(order);
        Assert.Equal((OrderStatus.Cancelled, PaymentStatus.Voided), (state.Status, state.PaymentStatus));
        Assert.Equal((10, 0), (state.OnHand, state.Reserved));
        Assert.Equal((1, 1), (state.Refunds, state.RefundEmails));
    }

    [Fact]
    public async Task WhenTheLateRefundFailsStripeIsAskedToDeliverAgain()
    {
        var order = await store.PlacePendingOrderAsync();
        await ExpireAsync(order);
        var eventId = StripeWebhookPayloads.NewEventId();
        store.Gateway.RefuseRefundsFor = order.IntentId;

        Assert.Equal(WebhookResult.RetryLater, await store.DeliverAsync(StripeEvents.PaymentSucceeded(order, eventId)));
        Assert.Equal(0, await store.ProcessedEventsAsync(eventId));

        store.Gateway.RefuseRefundsFor = null;
        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.PaymentSucceeded(order, eventId)));
        Assert.Single(store.Gateway.RefundsFor(order.IntentId));
        Assert.Equal(1, await store.ProcessedEventsAsync(eventId));
    }

    [Fact]
    public async Task OtherEventTypesAreAcknowledgedAndIgnored()
    {
        var order = await store.PlacePendingOrderAsync();
        var payload = StripeWebhookPayloads.Event("customer.created", null, new { id = "cus_test_1", @object = "customer", email = "ada@example.com" });

        Assert.Equal(WebhookResult.Ignored, await store.DeliverAsync(payload));

        Assert.Equal(OrderStatus.Pending, (await store.StateAsync(order)).Status);
    }

    private async Task ExpireAsync(TestOrder order)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        await db.Orders.Where(o => o.Id == order.Id).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlacedAt, DateTimeOffset.UtcNow.AddHours(-2)));
        await store.Settlement.ExpireUnpaidOrdersAsync();
        Assert.Equal(OrderStatus.Cancelled, (await store.StateAsync(order)).Status);
    }
}
