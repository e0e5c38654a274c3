using Commerce.Core.Common;

namespace Commerce.Core.Payments;

public enum RefundStatus
{
    /// <summary>Recorded and its amount held on the order; the provider has not answered yet.</summary>
    Requested = 0,
    Succeeded = 1,
    /// <summary>The provider refused; the held amount and units went back to the order.</summary>
    Failed = 2,
}

/// <summary>Units of an order line given back with a refund; <see cref="Restock"/> puts them back on hand.</summary>
public sealed record RefundLine(int OrderItemId, int Quantity, bool Restock);

/// <summary>Money given back on a paid order, with the lines it covers. Every refund starts as requested, then the provider decides.</summary>
public class Refund
{
    private readonly List<RefundLine> _lines = [];

    private Refund() { }

    /// <summary>A refund the provider has already made (reported by it, or seeded history).</summary>
    public Refund(Guid orderId, int paymentId, Money amount, string reason, string providerReference, DateTimeOffset createdAt)
        : this(orderId, paymentId, amount, reason, "provider", [], createdAt) =>
        Succeed(providerReference, createdAt);

    private Refund(Guid orderId, int paymentId, Money amount, string reason, string requestedBy, IEnumerable<RefundLine> lines, DateTimeOffset at)
    {
        OrderId = orderId;
        PaymentId = paymentId;
        Currency = amount.Currency;
        Amount = amount.Amount > 0 ? amount.Amount : throw new DomainException("A refund must be for a positive amount.");
        Reason = Guard.NotBlank(reason, "Refund reason", 500);
        RequestedBy = Guard.NotBlank(requestedBy, "Requested by", 200);
        _lines.AddRange(lines);
        CreatedAt = at;
    }

    public static Refund Request(Guid orderId, int paymentId, Money amount, string reason, string requestedBy,
        IEnumerable<RefundLine> lines, DateTimeOffset at) => new(orderId, paymentId, amount, reason, requestedBy, lines, at);

    public int Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int PaymentId { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal Amount { get; private set; }
    public string Reason { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public RefundStatus Status { get; private set; }
    public string ProviderReference { get; private set; } = "";
    public string? FailureMessage { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public IReadOnlyList<RefundLine> Lines => _lines;

    public Money AmountMoney => new(Amount, Currency);

    /// <summary>The idempotency key sent to the provider: one per refund row, so a retry of this refund is made once.</summary>
    public string ProviderKey => $"refund-{OrderId:N}-{Id}";

    public void Succeed(string providerReference, DateTimeOffset at)
    {
        if (Status != RefundStatus.Requested) throw new DomainException($"Refund {Id} is already {Status}.");
        ProviderReference = Guard.NotBlank(providerReference, "Provider reference", 200);
        Status = RefundStatus.Succeeded;
        CompletedAt = at;
    }

    public void Fail(string message, DateTimeOffset at)
    {
        if (Status != RefundStatus.Requested) throw new DomainException($"Refund {Id} is already {Status}.");
        FailureMessage = Guard.NotBlank(message, "Failure message", 500);
        Status = RefundStatus.Failed;
        CompletedAt = at;
    }
}
