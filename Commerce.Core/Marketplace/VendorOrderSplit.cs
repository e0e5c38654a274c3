using Commerce.Core.Common;

namespace Commerce.Core.Marketplace;

public enum SplitStatus
{
    Pending = 0,
    Payable = 1,
    PaidOut = 2,
    Reversed = 3,
}

/// <summary>A vendor's share of one paid order: gross sales, the store's commission, and what the vendor is owed.</summary>
public class VendorOrderSplit
{
    private VendorOrderSplit() { }

    public VendorOrderSplit(Guid orderId, int vendorId, Money gross, decimal commissionRate, DateTimeOffset at)
    {
        if (gross.IsNegative) throw new DomainException("Gross sales cannot be negative.");
        if (commissionRate is < 0 or > 1) throw new DomainException("Commission must be between 0 % and 100 %.");
        OrderId = orderId;
        VendorId = vendorId;
        Currency = gross.Currency;
        Gross = gross.Round().Amount;
        Commission = gross.Multiply(commissionRate).Round().Amount;
        Net = Gross - Commission;
        CommissionRate = commissionRate;
        CreatedAt = at;
    }

    public int Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int VendorId { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal Gross { get; private set; }
    public decimal CommissionRate { get; private set; }
    public decimal Commission { get; private set; }
    public decimal Net { get; private set; }
    public SplitStatus Status { get; private set; }
    public int? PayoutId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public void MakePayable() => Status = Status == SplitStatus.Pending ? SplitStatus.Payable : Status;

    public void Reverse()
    {
        if (Status == SplitStatus.PaidOut) throw new DomainException("A split already paid out is settled by a later adjustment.");
        Status = SplitStatus.Reversed;
    }

    internal void PaidBy(VendorPayout payout)
    {
        if (Status != SplitStatus.Payable) throw new DomainException("Only payable splits can be paid out.");
        Status = SplitStatus.PaidOut;
        PayoutId = payout.Id;
    }
}
