using Commerce.Core.Common;

namespace Commerce.Infrastructure.Payments;

/// <summary>What the shopper typed for payment. Only the offline provider reads a card number; Stripe collects cards itself.</summary>
public sealed record PaymentInput(string? CardNumber);

/// <param name="Attempt">1 for the order's first payment, 2 and on for another card on the same order.</param>
public sealed record PaymentRequest(Guid OrderId, string OrderNumber, Money Amount, string Email, PaymentInput Input, int Attempt = 1);

public enum PaymentOutcomeKind
{
    Succeeded,
    Failed,
    /// <summary>The provider will tell us later (webhook, or never: the order then expires).</summary>
    Pending,
    /// <summary>The browser must finish the payment (Stripe Payment Element) with <see cref="PaymentOutcome.ClientSecret"/>.</summary>
    RequiresAction,
}

public sealed record PaymentOutcome(PaymentOutcomeKind Kind, string Reference, string? FailureMessage = null, string? ClientSecret = null)
{
    public static PaymentOutcome Succeeded(string reference) => new(PaymentOutcomeKind.Succeeded, reference);
    public static PaymentOutcome Failed(string reference, string message) => new(PaymentOutcomeKind.Failed, reference, message);
    public static PaymentOutcome Pending(string reference) => new(PaymentOutcomeKind.Pending, reference);
}

public sealed record RefundOutcome(bool Succeeded, string Reference, string? FailureMessage = null);

/// <summary>A payment provider. Every call is idempotent per order (or refund), so a retry never charges twice.</summary>
public interface IPaymentGateway
{
    /// <summary>The provider's name as stored on orders and payments, e.g. "offline" or "stripe".</summary>
    string Name { get; }

    Task<PaymentOutcome> StartAsync(PaymentRequest request, CancellationToken cancellationToken = default);

    /// <param name="idempotencyKey">Stable for one refund request, so a retried refund is made once.</param>
    Task<RefundOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default);
}
