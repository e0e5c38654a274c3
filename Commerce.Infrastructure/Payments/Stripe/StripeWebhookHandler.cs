using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Charge = Stripe.Charge;
using EventTypes = Stripe.EventTypes;
using EventUtility = Stripe.EventUtility;
using PaymentIntent = Stripe.PaymentIntent;
using StripeEvent = Stripe.Event;
using StripeException = Stripe.StripeException;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// Applies Stripe's webhook events to orders. The signature is checked by Stripe.net itself; each event id is claimed
/// in processed_webhook_events, and the claim commits only after the event was handled, so a redelivery changes
/// nothing and a failed attempt is tried again on Stripe's next delivery. The steps it calls are idempotent as well.
/// </summary>
public sealed class StripeWebhookHandler(
    IDbContextFactory<CommerceDbContext> contexts,
    OrderSettlement settlement,
    OrderRefunds refunds,
    IOptions<StripeOptions> options,
    TimeProvider clock,
    ILogger<StripeWebhookHandler> logger)
{
    public const long ToleranceSeconds = 300;

    public async Task<WebhookResult> HandleAsync(string payload, string? signatureHeader, CancellationToken cancellationToken = default)
    {
        if (Verify(payload, signatureHeader) is not { } stripeEvent) return WebhookResult.BadSignature;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A concurrent redelivery blocks on this key until we commit (then it is a duplicate) or roll back (then it runs).
        var claimed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO processed_webhook_events (event_id, type, received_at)
            VALUES ({stripeEvent.Id}, {stripeEvent.Type}, {clock.GetUtcNow()})
            ON CONFLICT (event_id) DO NOTHING
            """, cancellationToken);
        if (claimed == 0)
        {
            logger.LogInformation("Stripe event {EventId} ({Type}) was already handled", stripeEvent.Id, stripeEvent.Type);
            return WebhookResult.Duplicate;
        }

        var result = await DispatchAsync(db, stripeEvent, cancellationToken);
        if (result == WebhookResult.RetryLater) return result;
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private StripeEvent? Verify(string payload, string? signatureHeader)
    {
        if (string.IsNullOrWhiteSpace(options.Value.WebhookSecret))
        {
            logger.LogWarning("Stripe webhook received but Stripe:WebhookSecret is not configured; rejected");
            return null;
        }
        if (string.IsNullOrWhiteSpace(signatureHeader))
        {
            logger.LogWarning("Stripe webhook without a Stripe-Signature header rejected");
            return null;
        }
        try
        {
            // Events are parsed whatever API version the endpoint was created with; only the fields read below matter.
            return EventUtility.ConstructEvent(payload, signatureHeader, options.Value.WebhookSecret, ToleranceSeconds,
                clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            logger.LogWarning("Stripe webhook rejected: {Reason}", ex.Message);
            return null;
        }
    }

    private async Task<WebhookResult> DispatchAsync(CommerceDbContext db, StripeEvent stripeEvent, CancellationToken cancellationToken)
    {
        switch (stripeEvent.Type, stripeEvent.Data.Object)
        {
            case (EventTypes.PaymentIntentSucceeded, PaymentIntent intent):
                return await PaymentSucceededAsync(db, intent, cancellationToken);
            case (EventTypes.PaymentIntentPaymentFailed, PaymentIntent intent):
                if (await OrderForAsync(db, intent.Metadata, intent.Id, cancellationToken) is not { } failedOrder) return WebhookResult.Processed;
                var message = intent.LastPaymentError?.Message is { Length: > 0 } reason ? Truncate(reason, 500) : "The payment was declined.";
                var failed = await settlement.MarkPaymentFailedAsync(failedOrder, intent.Id, message, cancellationToken);
                logger.LogInformation("Stripe payment {IntentId} failed for order {OrderId}: {Result}", intent.Id, failedOrder, failed);
                return WebhookResult.Processed;
            case (EventTypes.ChargeRefunded, Charge charge):
                if (await OrderForAsync(db, charge.Metadata, charge.PaymentIntentId, cancellationToken) is not { } refundedOrder) return WebhookResult.Processed;
                var refundedSoFar = StripeAmounts.FromMinorUnits(charge.AmountRefunded, charge.Currency);
                await refunds.RecordProviderRefundAsync(refundedOrder, refundedSoFar, charge.Id, cancellationToken);
                return WebhookResult.Processed;
            default:
                logger.LogDebug("Stripe event {EventId} of type {Type} ignored", stripeEvent.Id, stripeEvent.Type);
                return WebhookResult.Ignored;
        }
    }

    private async Task<WebhookResult> PaymentSucceededAsync(CommerceDbContext db, PaymentIntent intent, CancellationToken cancellationToken)
    {
        if (await OrderForAsync(db, intent.Metadata, intent.Id, cancellationToken) is not { } orderId) return WebhookResult.Processed;
        var received = StripeAmounts.FromMinorUnits(intent.AmountReceived > 0 ? intent.AmountReceived : intent.Amount, intent.Currency);
        var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.Number, o.Total, o.Currency }).SingleAsync(cancellationToken);
        if (received.Currency != order.Currency || received.Amount != order.Total)
        {
            // Intents are created server-side for the order total, so this is a bug or tampering in the Dashboard: a person decides.
            logger.LogCritical("Stripe payment {IntentId} of {Received} does not match order {Number} total {Total} {Currency}; order NOT marked paid",
                intent.Id, received, order.Number, order.Total, order.Currency);
            return WebhookResult.Processed;
        }

        var result = await settlement.MarkPaidAsync(orderId, intent.Id, cancellationToken);
        logger.LogInformation("Stripe payment {IntentId} succeeded for order {Number}: {Result}", intent.Id, order.Number, result);
        if (result != SettlementResult.PaidAfterCancellation) return WebhookResult.Processed;

        logger.LogWarning("Order {Number} was cancelled before its payment {IntentId} arrived: refunding {Amount} in full", order.Number, intent.Id, received);
        return await refunds.RefundLatePaymentAsync(orderId, intent.Id, received, cancellationToken)
            ? WebhookResult.Processed
            : WebhookResult.RetryLater;
    }

    /// <summary>The order the intent was made for: its metadata, else the payment row that recorded the intent id.</summary>
    private async Task<Guid?> OrderForAsync(CommerceDbContext db, IDictionary<string, string>? metadata, string? intentId, CancellationToken cancellationToken)
    {
        if (metadata is not null && metadata.TryGetValue(StripePaymentGateway.OrderIdKey, out var value) && Guid.TryParse(value, out var fromMetadata)
            && await db.Orders.AnyAsync(o => o.Id == fromMetadata, cancellationToken))
            return fromMetadata;
        var fromPayment = intentId is null ? null : await db.Payments
            .Where(p => p.Provider == StripePaymentGateway.ProviderName && p.ProviderReference == intentId)
            .Select(p => (Guid?)p.OrderId).FirstOrDefaultAsync(cancellationToken);
        if (fromPayment is null) logger.LogWarning("Stripe event for {IntentId} matches no order; ignored", intentId);
        return fromPayment;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
