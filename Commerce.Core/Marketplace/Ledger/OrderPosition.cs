using Commerce.Core.Common;

namespace Commerce.Core.Marketplace.Ledger;

/// <summary>What of one vendor's part of an order has not been refunded yet.</summary>
public sealed record VendorPosition(int VendorId, Money Goods, Money Commission, Money Tax, Money Shipping)
{
    public Money Refundable => Goods + Tax + Shipping;
}

/// <summary>
/// An order's money still in the ledger (sales less refunds), read from its own entries, so a refund is always
/// measured against what remains and the last refund reverses exactly what is left.
/// </summary>
public sealed record OrderPosition(string Currency, IReadOnlyList<VendorPosition> Vendors, Money PlatformTax, Money PlatformShipping)
{
    public Money Refundable => Money.Sum(Vendors.Select(v => v.Refundable), Currency) + PlatformTax + PlatformShipping;

    public static OrderPosition From(string currency, IEnumerable<LedgerEntry> orderEntries)
    {
        var entries = orderEntries.ToList();
        Money Sum(Func<LedgerEntry, bool> which, Func<LedgerEntry, decimal> value) =>
            new(entries.Where(which).Sum(value), currency);
        var vendors = entries.Where(e => e.Account == AccountKind.VendorPayable && e.VendorId is not null)
            .Select(e => e.VendorId!.Value).Distinct().Order()
            .Select(id =>
            {
                bool Of(LedgerEntry e, params EntryType[] types) => e.Account == AccountKind.VendorPayable && e.VendorId == id && types.Contains(e.Type);
                return new VendorPosition(id,
                    Sum(e => Of(e, EntryType.Sale, EntryType.Refund), e => e.ForVendor),
                    Sum(e => Of(e, EntryType.Commission, EntryType.CommissionReversal), e => e.Amount),
                    Sum(e => Of(e, EntryType.Tax, EntryType.TaxRefund), e => e.ForVendor),
                    Sum(e => Of(e, EntryType.Shipping, EntryType.ShippingRefund), e => e.ForVendor));
            }).ToList();
        return new OrderPosition(currency, vendors,
            Sum(e => e.Account == AccountKind.TaxPayable, e => -e.Amount),
            Sum(e => e.Account == AccountKind.ShippingRevenue, e => -e.Amount));
    }
}
