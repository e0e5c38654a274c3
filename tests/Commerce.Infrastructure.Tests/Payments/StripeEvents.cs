using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stripe;

namespace Commerce.Infrastructure.Tests.Payments;

/// <summary>Event payloads shaped like Stripe's, and the Stripe-Signature header Stripe would send with them.</summary>
public static class StripeEvents
{
    public static string NewId() => "evt_test_" + Guid.NewGuid().ToString("N")[..24];

    public static string PaymentSucceeded(TestOrder order, string? eventId = null, long? amount = null) =>
        Event(EventTypes.PaymentIntentSucceeded, eventId, new
        {
            id = order.IntentId,
            @object = "payment_intent",
            amount = amount ?? Cents(order),
            amount_received = amount ?? Cents(order),
            currency = "usd",
            status = "succeeded",
            client_secret = order.IntentId + "_secret_test",
            latest_charge = "ch_" + order.IntentId[3..],
            metadata = Metadata(order),
        });

    public static string PaymentFailed(TestOrder order, string? eventId = null) =>
        Event(EventTypes.PaymentIntentPaymentFailed, eventId, new
        {
            id = order.IntentId,
            @object = "payment_intent",
            amount = Cents(order),
            amount_received = 0,
            currency = "usd",
            status = "requires_payment_method",
            last_payment_error = new { type = "card_error", code = "card_declined", decline_code = "insufficient_funds", message = "Your card has insufficient funds." },
            metadata = Metadata(order),
        });

    /// <summary>charge.refunded carries the charge's cumulative amount_refunded, not the amount of the latest refund.</summary>
    public static string ChargeRefunded(TestOrder order, long amountRefunded, string? eventId = null) =>
        Event(EventTypes.ChargeRefunded, eventId, new
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

    public static string Event(string type, string? eventId, object dataObject) => JsonSerializer.Serialize(new
    {
        id = eventId ?? NewId(),
        @object = "event",
        api_version = StripeConfiguration.ApiVersion,
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        livemode = false,
        pending_webhooks = 1,
        request = new { id = (string?)null, idempotency_key = (string?)null },
        type,
        data = new { @object = dataObject },
    });

    /// <summary>t=TS,v1=hex(HMAC-SHA256(secret, "TS.payload")), as documented by Stripe; verified by Stripe.net in the handler.</summary>
    public static string Sign(string payload, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{payload}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(hash)}";
    }

    public static long Cents(TestOrder order) => (long)(order.Total.Amount * 100);

    private static Dictionary<string, string> Metadata(TestOrder order) =>
        new() { ["order_id"] = order.Id.ToString(), ["order_number"] = order.Number };
}
