using Commerce.Core.Common;

namespace Commerce.Core.Payments;

public enum PaymentRecordStatus
{
    /// <summary>Recorded with the order; no provider has been asked yet.</summary>
    Created = 0,
    /// <summary>The provider has it and has not answered finally.</summary>
    Pending = 1,
    Succeeded = 2,
    Failed = 3,
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

    public void Started(string providerReference)
    {
        ProviderReference = Guard.NotBlank(providerReference, "Provider reference", 200);
        if (Status == PaymentRecordStatus.Created) Status = PaymentRecordStatus.Pending;
    }

    public void Fail(string message)
    {
        if (Status == PaymentRecordStatus.Succeeded) return;
        Status = PaymentRecordStatus.Failed;
        FailureMessage = message;
    }
}
