using System.Collections.Concurrent;
using Commerce.Core.Common;
using Commerce.Infrastructure.Payments;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed record RefundCall(string PaymentReference, Money Amount, string IdempotencyKey);

/// <summary>A provider that records refunds and answers like Stripe: the same idempotency key gives the same refund.</summary>
public sealed class RecordingGateway : IPaymentGateway
{
    public ConcurrentQueue<RefundCall> Refunds { get; } = new();

    /// <summary>When set, refunds for this payment reference are refused.</summary>
    public string? RefuseRefundsFor { get; set; }

    /// <summary>How long each refund call takes, so concurrent refunds really overlap at the provider.</summary>
    public TimeSpan RefundDelay { get; set; }

    public string Name => "stripe";

    public Task<PaymentOutcome> StartAsync(PaymentRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new PaymentOutcome(PaymentOutcomeKind.RequiresAction, $"pi_{request.OrderId:N}", ClientSecret: "secret"));

    public async Task<RefundOutcome> RefundAsync(string paymentReference, Money amount, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (RefundDelay > TimeSpan.Zero) await Task.Delay(RefundDelay, cancellationToken);
        if (paymentReference == RefuseRefundsFor)
            return new RefundOutcome(false, idempotencyKey, "Stripe could not be reached to make the refund.");
        Refunds.Enqueue(new RefundCall(paymentReference, amount, idempotencyKey));
        return new RefundOutcome(true, $"re_{idempotencyKey}");
    }

    public IReadOnlyList<RefundCall> RefundsFor(string paymentReference) => Refunds.Where(r => r.PaymentReference == paymentReference).ToList();
}
