using Commerce.Core.Common;

namespace Commerce.Core.Payments;

public enum PaymentRecordStatus
{
    Pending = 0,
    Succeeded = 1,
    Failed = 2,
}

/// <summary>One attempt to collect an order's total through a payment provider.</summary>
public class Payment : IAuditable
{
    private Payment() { }

    public Payment(Guid orderId, string provider, string providerReference, Money amount)
    {
        OrderId = orderId;
        Provider = Guard.NotBlank(provider, "Provider", 30);
        ProviderReference = Guard.NotBlank(providerReference, "Provider reference", 200);
        Currency = amount.Currency;
        Amount = amount.Amount > 0 ? amount.Amount : throw new DomainException("A payment must be for a positive amount.");
    }

    public int Id { get; private set; }
    public Guid OrderId { get; private set; }
    public string Provider { get; private set; } = "";
    public string ProviderReference { get; private set; } = "";
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal Amount { get; private set; }
    public PaymentRecordStatus Status { get; private set; }
    public string? FailureMessage { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Succeed() => Status = PaymentRecordStatus.Succeeded;

    public void Fail(string message)
    {
        if (Status == PaymentRecordStatus.Succeeded) return;
        Status = PaymentRecordStatus.Failed;
        FailureMessage = message;
    }
}
