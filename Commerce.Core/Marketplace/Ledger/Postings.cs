using Commerce.Core.Common;
using Commerce.Core.Pricing;

namespace Commerce.Core.Marketplace.Ledger;

/// <summary>The ledger transactions of each marketplace movement. Every one is balanced by construction (see <see cref="LedgerTransaction.Move"/>).</summary>
public static class Postings
{
    /// <summary>The customer's payment divided into vendor payables, commission and what the platform keeps.</summary>
    public static LedgerTransaction Sale(Guid orderId, string orderNumber, OrderSplitResult split, DateTimeOffset paidAt, DateTimeOffset availableAt)
    {
        var currency = split.PlatformTax.Currency;
        var tx = new LedgerTransaction($"sale:{orderId:N}", TransactionKind.Sale, currency, $"Order {orderNumber}", paidAt, availableAt, orderId);
        foreach (var v in split.Vendors)
        {
            var vendor = LedgerAccount.Vendor(v.VendorId);
            tx.Move(LedgerAccount.Customers, vendor, EntryType.Sale, v.Goods)
              .Move(LedgerAccount.Customers, vendor, EntryType.Tax, v.Tax)
              .Move(LedgerAccount.Customers, vendor, EntryType.Shipping, v.Shipping)
              .Move(vendor, LedgerAccount.Commission, EntryType.Commission, v.Commission);
        }
        return tx.Move(LedgerAccount.Customers, LedgerAccount.Tax, EntryType.Tax, split.PlatformTax)
                 .Move(LedgerAccount.Customers, LedgerAccount.Shipping, EntryType.Shipping, split.PlatformShipping);
    }

    /// <summary>
    /// Money given back to the customer, taken from every part of the order in proportion to what remains of it; each
    /// vendor's commission is reversed in the same proportion as its goods. <paramref name="availableAt"/>: a refund of a
    /// sale still on hold stays with it; otherwise it counts at once.
    /// </summary>
    public static LedgerTransaction Refund(Guid orderId, string orderNumber, int refundId, OrderPosition position, Money amount,
        DateTimeOffset at, DateTimeOffset availableAt)
    {
        if (amount.Currency != position.Currency) throw new DomainException($"Order {orderNumber} was paid in {position.Currency}.");
        if (amount.IsNegative || amount.IsZero || amount.Round() != amount) throw new DomainException("A refund is a positive number of cents.");
        if (amount > position.Refundable) throw new DomainException($"Only {position.Refundable} of order {orderNumber} remains in the ledger.");

        var buckets = position.Vendors.SelectMany(v => new[] { v.Goods, v.Tax, v.Shipping })
            .Append(position.PlatformTax).Append(position.PlatformShipping).ToList();
        var parts = ProportionalAllocation.Allocate(amount, buckets);
        var tx = new LedgerTransaction($"refund:{refundId}", TransactionKind.Refund, amount.Currency, $"Refund on order {orderNumber}", at, availableAt,
            orderId, refundId: refundId);
        for (var i = 0; i < position.Vendors.Count; i++)
        {
            var v = position.Vendors[i];
            var vendor = LedgerAccount.Vendor(v.VendorId);
            var goods = parts[3 * i];
            tx.Move(vendor, LedgerAccount.Customers, EntryType.Refund, goods)
              .Move(vendor, LedgerAccount.Customers, EntryType.TaxRefund, parts[3 * i + 1])
              .Move(vendor, LedgerAccount.Customers, EntryType.ShippingRefund, parts[3 * i + 2])
              .Move(LedgerAccount.Commission, vendor, EntryType.CommissionReversal, CommissionReversed(v, goods));
        }
        return tx.Move(LedgerAccount.Tax, LedgerAccount.Customers, EntryType.TaxRefund, parts[^2])
                 .Move(LedgerAccount.Shipping, LedgerAccount.Customers, EntryType.ShippingRefund, parts[^1]);
    }

    /// <summary>The commission on refunded goods, in proportion; the whole remainder when the goods are refunded in full.</summary>
    public static Money CommissionReversed(VendorPosition vendor, Money goodsRefunded)
    {
        if (goodsRefunded.IsZero || vendor.Goods.IsZero) return Money.Zero(vendor.Goods.Currency);
        if (goodsRefunded == vendor.Goods) return vendor.Commission;
        return vendor.Commission.Multiply(goodsRefunded.Amount / vendor.Goods.Amount).Round().Min(vendor.Commission);
    }

    public static LedgerTransaction PayoutCreated(int payoutId, int vendorId, Money amount, DateTimeOffset at) =>
        new LedgerTransaction($"payout:{payoutId}:created", TransactionKind.PayoutCreated, amount.Currency, $"Payout #{payoutId}", at, at, payoutId: payoutId)
            .Move(LedgerAccount.Vendor(vendorId), LedgerAccount.InTransit(vendorId), EntryType.Payout, amount);

    public static LedgerTransaction PayoutSent(int payoutId, int vendorId, Money amount, string reference, DateTimeOffset at) =>
        new LedgerTransaction($"payout:{payoutId}:sent", TransactionKind.PayoutSent, amount.Currency, $"Payout #{payoutId} sent ({reference})", at, at, payoutId: payoutId)
            .Move(LedgerAccount.InTransit(vendorId), LedgerAccount.Paid(vendorId), EntryType.PayoutSent, amount);

    /// <summary>A payout given up on: the money goes back to the vendor's balance.</summary>
    public static LedgerTransaction PayoutReturned(int payoutId, int vendorId, Money amount, DateTimeOffset at) =>
        new LedgerTransaction($"payout:{payoutId}:returned", TransactionKind.PayoutReturned, amount.Currency, $"Payout #{payoutId} cancelled", at, at, payoutId: payoutId)
            .Move(LedgerAccount.InTransit(vendorId), LedgerAccount.Vendor(vendorId), EntryType.PayoutReturned, amount);

    /// <summary>A manual correction by staff: positive credits the vendor, negative charges them; the platform bears the other side.</summary>
    public static LedgerTransaction Adjustment(Guid id, int vendorId, Money amount, string reason, DateTimeOffset at)
    {
        var tx = new LedgerTransaction($"adjustment:{id:N}", TransactionKind.Adjustment, amount.Currency, Guard.NotBlank(reason, "Reason", 300), at, at);
        return amount.IsNegative
            ? tx.Move(LedgerAccount.Vendor(vendorId), LedgerAccount.Commission, EntryType.Adjustment, amount.Negate())
            : tx.Move(LedgerAccount.Commission, LedgerAccount.Vendor(vendorId), EntryType.Adjustment, amount);
    }
}
