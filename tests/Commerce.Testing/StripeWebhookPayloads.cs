using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Stripe;

namespace Commerce.Testing;

/// <summary>Webhook event payloads shaped like Stripe's, and the Stripe-Signature header Stripe would send with them.</summary>
public static class StripeWebhookPayloads
{
    public static string NewEventId() => "evt_test_" + Guid.NewGuid().ToString("N")[..24];

    public static string PaymentIntentSucceeded(string intentId, long amount, string currency, IReadOnlyDictionary<string, string> metadata,
        string? eventId = null) =>
        Event(EventTypes.PaymentIntentSucceeded, eventId, new
        {
            id = intentId,
            @object = "payment_intent",
            amount,
            amount_received = amount,
            currency,
            status = "succeeded",
            client_secret = intentId + "_secret_test",
            latest_charge = "ch_" + intentId[3..],
            metadata,
        });

    public static string PaymentIntentFailed(string intentId, long amount, string currency, IReadOnlyDictionary<string, string> metadata,
        string message = "Your card has insufficient funds.", string? eventId = null) =>
        Event(EventTypes.PaymentIntentPaymentFailed, eventId, new
        {
            id = intentId,
            @object = "payment_intent",
            amount,
            amount_received = 0,
            currency,
            status = "requires_payment_method",
            last_payment_error = new { type = "card_error", code = "card_declined", decline_code = "insufficient_funds", message },
            metadata,
        });

    public static string Event(string type, string? eventId, object dataObject) => JsonSerializer.Serialize(new
    {
        id = eventId ?? NewEventId(),
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
}
