using Commerce.Core.Common;

namespace Commerce.Core.Payments;

public class Refund
{
    private Refund() { }

    public Refund(Guid orderId, int paymentId, Money amount, string reason, string providerReference, DateTimeOffset createdAt)
    {
        OrderId = orderId;
        PaymentId = paymentId;
        Currency = amount.Currency;
        Amount = amount.Amount > 0 ? amount.Amount : throw new DomainException("A refund must be for a positive amount.");
        Reason = Guard.NotBlank(reason, "Refund reason", 500);
        ProviderReference = providerReference;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int PaymentId { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal Amount { get; private set; }
    public string Reason { get; private set; } = "";
    public string ProviderReference { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}
