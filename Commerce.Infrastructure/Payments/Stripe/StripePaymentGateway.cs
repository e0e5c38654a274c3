using Commerce.Core.Common;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// Stripe Payment Element flow: the server creates a PaymentIntent for the amount it computed and hands the browser
/// its client secret; the webhook says how it ended. Every request carries an idempotency key, so a retry (ours or
/// the SDK's) never creates a second intent or a second refund.
/// </summary>
public sealed class StripePaymentGateway(IStripeClient client, ILogger<StripePaymentGateway> logger) : IPaymentGateway
{
    public const string ProviderName = "stripe";
    public const string OrderIdKey = "order_id";
    public const string OrderNumberKey = "order_number";

    public string Name => ProviderName;

    public static string PaymentIdempotencyKey(Guid orderId) => $"pi-{orderId}";

    public async Task<PaymentOutcome> StartAsync(PaymentRequest request, CancellationToken cancellationToken = default)
    {
        var key = PaymentIdempotencyKey(request.OrderId);
        var options = new PaymentIntentCreateOptions
        {
            Amount = StripeAmounts.ToMinorUnits(request.Amount),
            Currency = request.Amount.Currency.ToLowerInvariant(),
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
            Description = $"Order {request.OrderNumber}",
            ReceiptEmail = request.Email,
            Metadata = new Dictionary<string, string>
            {
                [OrderIdKey] = request.OrderId.ToString(),
                [OrderNumberKey] = request.OrderNumber,
            },
        };
        try
        {
            var intent = await new PaymentIntentService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = key }, cancellationToken);
            logger.LogInformation("Stripe PaymentIntent {IntentId} created for order {Number}", intent.Id, request.OrderNumber);
            return new PaymentOutcome(PaymentOutcomeKind.RequiresAction, intent.Id, ClientSecret: intent.ClientSecret);
        }
        catch (Exception ex) when (IsProviderFailure(ex, cancellationToken))
        {
            LogFailure(ex, "create a PaymentIntent for order " + request.OrderNumber);
            return PaymentOutcome.Failed(key, "We couldn't start the card payment just now. Please try again in a moment.");
        }
    }

    public async Task<RefundOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        var options = new RefundCreateOptions { PaymentIntent = paymentReference, Amount = StripeAmounts.ToMinorUnits(amount) };
        try
        {
            var refund = await new RefundService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
            if (refund.Status is "failed" or "canceled")
            {
                logger.LogError("Stripe refund {RefundId} of {Amount} for {Reference} is {Status}", refund.Id, amount, paymentReference, refund.Status);
                return new RefundOutcome(false, refund.Id, $"Stripe reports the refund as {refund.Status}.");
            }
            // "pending" is normal for some payment methods: the money is on its way and the webhook will confirm it.
            logger.LogInformation("Stripe refund {RefundId} of {Amount} for {Reference} is {Status}", refund.Id, amount, paymentReference, refund.Status);
            return new RefundOutcome(true, refund.Id);
        }
        catch (Exception ex) when (IsProviderFailure(ex, cancellationToken))
        {
            LogFailure(ex, $"refund {amount} of {paymentReference}");
            // Refunds are issued by staff, so Stripe's own explanation of a refused request is worth showing.
            var message = ex is StripeException { StripeError: { Type: "invalid_request_error", Message: { Length: > 0 } reason } }
                ? $"Stripe refused the refund: {reason}"
                : "Stripe could not be reached to make the refund. Please try again in a moment.";
            return new RefundOutcome(false, idempotencyKey, message);
        }
    }

    // Polly's rejections: a timeout of the resilience pipeline, or its open circuit refusing to call at all.
    private static bool IsProviderFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is StripeException or HttpRequestException or Polly.ExecutionRejectedException
        || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private void LogFailure(Exception ex, string what)
    {
        if (ex is Polly.CircuitBreaker.BrokenCircuitException)
        {
            // Already logged when the circuit opened; one line per refused call is enough.
            logger.LogWarning("Stripe is not called for now (circuit open): could not {What}", what);
            return;
        }
        if (ex is StripeException { StripeError: { } error } stripe)
            logger.LogError(ex, "Stripe could not {What}: HTTP {Status} {Type}/{Code}: {Message} (request log {RequestLog})",
                what, (int)stripe.HttpStatusCode, error.Type, error.Code, error.Message, error.RequestLogUrl);
        else
            logger.LogError(ex, "Stripe could not {What}", what);
    }
}
