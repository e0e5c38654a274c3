using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed class StripeWebhookPaymentFailed(PaymentsDatabase store) : IClassFixture<PaymentsDatabase>
{
    [Fact]
    public async Task ReleasesTheReservationAndRecordsTheDeclineMessage()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);

        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.PaymentFailed(order)));

        var state = await store.StateAsync(order);
        Assert.Equal((OrderStatus.Pending, PaymentStatus.Failed), (state.Status, state.PaymentStatus));
        Assert.Equal((10, 0), (state.OnHand, state.Reserved));
        await using var db = await store.Contexts.CreateDbContextAsync();
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.OrderId == order.Id);
        Assert.Equal((PaymentRecordStatus.Failed, "Your card has insufficient funds."), (payment.Status, payment.FailureMessage));
    }

    [Fact]
    public async Task DeliveredTwiceReleasesTheUnitsOnce()
    {
        var order = await store.PlacePendingOrderAsync(quantity: 2);
        var payload = StripeEvents.PaymentFailed(order);

        await store.DeliverAsync(payload);
        Assert.Equal(WebhookResult.Duplicate, await store.DeliverAsync(payload));
        // A different event for the same failure (Stripe may send several) is a no-op for settlement too.
        Assert.Equal(WebhookResult.Processed, await store.DeliverAsync(StripeEvents.PaymentFailed(order)));

        var state = await store.StateAsync(order);
        Assert.Equal((10, 0), (state.OnHand, state.Reserved));
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await db.OutboxEmails.CountAsync(e => e.OrderId == order.Id && e.Template == Core.Notifications.EmailTemplate.PaymentFailed));
    }
}
