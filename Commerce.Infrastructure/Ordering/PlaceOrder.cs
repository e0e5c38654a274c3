using Commerce.Infrastructure.Payments;

namespace Commerce.Infrastructure.Ordering;

/// <param name="IdempotencyKey">Issued with the checkout form; every resubmission of that form carries the same key.</param>
/// <param name="ExpectedTotal">The total the shopper was shown. Only compared, never charged: a difference stops the order.</param>
public sealed record PlaceOrderCommand(Guid CartId, string IdempotencyKey, decimal ExpectedTotal, PaymentInput Payment, int? CustomerId);

public abstract record PlaceOrderResult
{
    private PlaceOrderResult() { }

    /// <summary>The order exists (now or from an earlier submission) and its payment has been started.</summary>
    public sealed record Placed(Guid OrderId, string OrderNumber, PaymentOutcome? Payment) : PlaceOrderResult;

    /// <summary>Nothing was created; <see cref="Message"/> tells the shopper why and what to do.</summary>
    public sealed record Rejected(string Message) : PlaceOrderResult;
}
