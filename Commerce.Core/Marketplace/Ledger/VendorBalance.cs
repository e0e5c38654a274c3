using Commerce.Core.Common;

namespace Commerce.Core.Marketplace.Ledger;

/// <summary>
/// A vendor's money: <see cref="Pending"/> is still on hold, <see cref="Available"/> can be paid out (negative after a
/// refund of money already paid: the next payout nets it off), <see cref="InTransit"/> is in payouts not yet sent.
/// </summary>
public sealed record VendorBalance(Money Pending, Money Available, Money InTransit, Money PaidOut)
{
    public Money Balance => Pending + Available;

    /// <param name="payable">The vendor's payable entries (as the vendor sees them) with their transaction's available date.</param>
    public static VendorBalance From(string currency, IEnumerable<(decimal ForVendor, DateTimeOffset AvailableAt)> payable,
        decimal inTransit, decimal paidOut, DateTimeOffset now)
    {
        var rows = payable.ToList();
        return new VendorBalance(new Money(rows.Where(r => r.AvailableAt > now).Sum(r => r.ForVendor), currency),
            new Money(rows.Where(r => r.AvailableAt <= now).Sum(r => r.ForVendor), currency),
            new Money(inTransit, currency), new Money(paidOut, currency));
    }

    /// <summary>What a payout run pays: the whole available balance once it reaches the minimum; nothing otherwise.</summary>
    public Money? PayoutDue(Money minimum) => Available.IsNegative || Available.IsZero || Available < minimum ? null : Available;
}
