using Commerce.Core.Common;

namespace Commerce.Core.Marketplace;

public enum PayoutStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>One transfer to a vendor covering a set of payable splits.</summary>
public class VendorPayout
{
    private VendorPayout() { }

    public VendorPayout(int vendorId, IReadOnlyCollection<VendorOrderSplit> splits, DateTimeOffset periodEnd, DateTimeOffset at)
    {
        if (splits.Count == 0) throw new DomainException("A payout needs at least one payable split.");
        if (splits.Any(s => s.VendorId != vendorId)) throw new DomainException("A payout covers one vendor's splits only.");
        if (splits.Any(s => s.Status != SplitStatus.Payable)) throw new DomainException("Only payable splits can be paid out.");
        VendorId = vendorId;
        Currency = splits.First().Currency;
        Amount = Money.Sum(splits.Select(s => new Money(s.Net, s.Currency)), Currency).Amount;
        PeriodEnd = periodEnd;
        CreatedAt = at;
    }

    public int Id { get; private set; }
    public int VendorId { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal Amount { get; private set; }
    public PayoutStatus Status { get; private set; }
    public string? Reference { get; private set; }
    public DateTimeOffset PeriodEnd { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    public void Settle(IEnumerable<VendorOrderSplit> splits)
    {
        foreach (var split in splits) split.PaidBy(this);
    }

    public void MarkSent(string reference, DateTimeOffset at)
    {
        Status = PayoutStatus.Sent;
        Reference = reference;
        SentAt = at;
    }

    public void MarkFailed() => Status = PayoutStatus.Failed;
}
