using Commerce.Core.Common;

namespace Commerce.Core.Marketplace;

public enum PayoutStatus
{
    /// <summary>Created and debited from the vendor's balance; the transfer has not been confirmed yet.</summary>
    Pending = 0,
    Sent = 1,
    /// <summary>The transfer was refused; the money stays in transit until it is retried or cancelled.</summary>
    Failed = 2,
    /// <summary>No automatic rail: waits for an admin to pay it by hand and record the reference.</summary>
    AwaitingManual = 3,
    /// <summary>Given up; its amount went back to the vendor's balance.</summary>
    Cancelled = 4,
}

public enum PayoutMethod
{
    StripeConnect = 0,
    Manual = 1,
}

/// <summary>
/// One payment of a vendor's available balance. <see cref="Key"/> is unique per vendor and payout period, so a run
/// repeated for the same period finds its payout instead of making a second one; <see cref="AttemptKey"/> is the
/// idempotency key sent to the payout rail, the same for every retry of one attempt (a crash after the transfer but
/// before it was recorded is answered by the rail with the same transfer).
/// </summary>
public class VendorPayout
{
    private VendorPayout() { }

    public VendorPayout(int vendorId, Money amount, string periodKey, PayoutMethod method, string? destination, DateTimeOffset at)
    {
        if (amount.IsNegative || amount.IsZero || amount.Round() != amount) throw new DomainException("A payout is a positive number of cents.");
        if (method == PayoutMethod.StripeConnect && string.IsNullOrWhiteSpace(destination))
            throw new DomainException("A Stripe Connect payout needs the vendor's connected account.");
        VendorId = vendorId;
        Currency = amount.Currency;
        Amount = amount.Amount;
        Key = KeyFor(vendorId, periodKey);
        Method = method;
        Destination = destination;
        Status = method == PayoutMethod.Manual ? PayoutStatus.AwaitingManual : PayoutStatus.Pending;
        Attempt = 1;
        CreatedAt = at;
    }

    public int Id { get; private set; }
    public int VendorId { get; private set; }
    public string Key { get; private set; } = "";
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal Amount { get; private set; }
    public PayoutMethod Method { get; private set; }
    public string? Destination { get; private set; }
    public PayoutStatus Status { get; private set; }
    public int Attempt { get; private set; }
    public string? Reference { get; private set; }
    public string? FailureReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    public Money Total => new(Amount, Currency);
    public static string KeyFor(int vendorId, string period) => $"vendor-{vendorId}-{Guard.NotBlank(period, "Payout period", 60)}";
    public string AttemptKey => $"payout-{Key}-{Attempt}";
    public bool IsOpen => Status is PayoutStatus.Pending or PayoutStatus.Failed or PayoutStatus.AwaitingManual;

    /// <summary>False when it was already sent (a repeated confirmation changes nothing).</summary>
    public bool MarkSent(string reference, DateTimeOffset at)
    {
        if (Status == PayoutStatus.Sent) return false;
        if (!IsOpen) throw new DomainException($"Payout #{Id} is {Status} and cannot be marked sent.");
        Reference = Guard.NotBlank(reference, "Payout reference", 200);
        FailureReason = null;
        Status = PayoutStatus.Sent;
        SentAt = at;
        return true;
    }

    public void MarkFailed(string reason)
    {
        if (Status != PayoutStatus.Pending) throw new DomainException($"Payout #{Id} is {Status}; only a pending payout can fail.");
        FailureReason = Guard.NotBlank(reason, "Failure reason", 500);
        Status = PayoutStatus.Failed;
    }

    /// <summary>Tries a failed payout again as a new attempt (a new idempotency key: the rail answered the old one).</summary>
    public void Retry()
    {
        if (Status != PayoutStatus.Failed) throw new DomainException($"Payout #{Id} is {Status}; only a failed payout can be retried.");
        Attempt++;
        Status = Method == PayoutMethod.Manual ? PayoutStatus.AwaitingManual : PayoutStatus.Pending;
    }

    public void Cancel(string reason)
    {
        if (Status is not (PayoutStatus.Failed or PayoutStatus.AwaitingManual)) throw new DomainException($"Payout #{Id} is {Status} and cannot be cancelled.");
        FailureReason = Guard.NotBlank(reason, "Reason", 500);
        Status = PayoutStatus.Cancelled;
    }
}
