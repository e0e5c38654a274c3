using Commerce.Testing;
using Stripe;

namespace Commerce.Infrastructure.Tests.Payments;

/// <summary>Stripe event payloads for a <see cref="TestOrder"/>; the shapes and the signature come from <see cref="StripeWebhookPayloads"/>.</summary>
public static class StripeEvents
{
    public static string PaymentSucceeded(TestOrder order, string? eventId = null, long? amount = null) =>
        StripeWebhookPayloads.PaymentIntentSucceeded(order.IntentId, amount ?? Cents(order), "usd", Metadata(order), eventId);

    public static string PaymentFailed(TestOrder order, string? eventId = null) =>
        StripeWebhookPayloads.PaymentIntentFailed(order.IntentId, Cents(order), "usd", Metadata(order), eventId: eventId);

    /// <summary>charge.refunded carries the charge's cumulative amount_refunded, not the amount of the latest refund.</summary>
    public static string ChargeRefunded(TestOrder order, long amountRefunded, string? eventId = null) =>
        StripeWebhookPayloads.Event(EventTypes.ChargeRefunded, eventId, new
        {
            id = "ch_" + order.IntentId[3..],
            @object = "charge",
            amount = Cents(order),
            amount_captured = Cents(order),
            amount_refunded = amountRefunded,
            currency = "usd",
            paid = true,
            refunded = amountRefunded == Cents(order),
            status = "succeeded",
            payment_intent = order.IntentId,
            metadata = new Dictionary<string, string>(),
        });

    public static long Cents(TestOrder order) => (long)(order.Total.Amount * 100);

    private static Dictionary<string, string> Metadata(TestOrder order) =>
        new() { ["order_id"] = order.Id.ToString(), ["order_number"] = order.Number };
}
