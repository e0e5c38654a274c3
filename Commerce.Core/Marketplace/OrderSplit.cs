using Commerce.Core.Common;
using Commerce.Core.Pricing;

namespace Commerce.Core.Marketplace;

/// <summary>One order line as the split needs it: its vendor, its subtotal and the discount and tax priced on it.</summary>
public sealed record SplitLine(int LineId, int VendorId, Money Subtotal, Money Discount, Money Tax);

/// <summary>The order's totals as paid; the lines' own discounts and taxes are used when they add up to these.</summary>
public sealed record SplitOrder(IReadOnlyList<SplitLine> Lines, Money Discount, Money Shipping, Money Tax, Money Total);

/// <summary>A line's part of the money: goods after discount, the commission on them, its tax.</summary>
public sealed record LineShare(int LineId, int VendorId, Money Goods, Money Commission, Money Tax);

/// <summary>
/// One vendor's part of one order. <see cref="Tax"/> and <see cref="Shipping"/> are what the vendor receives of them
/// (zero when assigned to the platform). <see cref="Payable"/> is what the vendor is owed.
/// </summary>
public sealed record VendorShare(int VendorId, decimal CommissionRate, Money Goods, Money Commission, Money Tax, Money Shipping)
{
    public Money Payable => Goods - Commission + Tax + Shipping;
}

/// <summary>An order divided: every vendor's share plus what the platform keeps; the parts sum exactly to what was paid.</summary>
public sealed record OrderSplitResult(IReadOnlyList<LineShare> Lines, IReadOnlyList<VendorShare> Vendors, Money PlatformTax, Money PlatformShipping)
{
    public Money Commission => Money.Sum(Vendors.Select(v => v.Commission), PlatformTax.Currency);
    public Money Total => Money.Sum(Vendors.Select(v => v.Payable), PlatformTax.Currency) + Commission + PlatformTax + PlatformShipping;
}

/// <summary>
/// Divides a paid order between its vendors and the platform, line by line, in whole cents. Every allocation uses
/// largest-remainder rounding over the order's own totals, so the vendors' shares plus commission plus what the
/// platform keeps add up to the amount paid exactly, for any discount, shipping and tax.
/// </summary>
public static class OrderSplit
{
    public static OrderSplitResult Compute(SplitOrder order, IReadOnlyDictionary<int, decimal?> vendorRates, SplitPolicy policy)
    {
        if (order.Lines.Count == 0) throw new DomainException("An order needs at least one line to split.");
        var currency = order.Total.Currency;
        var subtotals = order.Lines.Select(l => l.Subtotal.Round()).ToList();
        var subtotal = Money.Sum(subtotals, currency);
        if (subtotal - order.Discount + order.Shipping + order.Tax != order.Total)
            throw new DomainException("The order's total is not subtotal − discount + shipping + tax.");

        var discounts = Agree(order.Lines.Select(l => l.Discount).ToList(), order.Discount, subtotals);
        var goods = subtotals.Select((s, i) => s - discounts[i]).ToList();
        if (goods.Any(g => g.IsNegative)) throw new DomainException("A line's discount exceeds its subtotal.");
        var taxes = Agree(order.Lines.Select(l => l.Tax).ToList(), order.Tax, goods);

        var lines = order.Lines.Select((line, i) =>
        {
            var rate = policy.RateFor(vendorRates.GetValueOrDefault(line.VendorId));
            if (rate is < 0 or > 1) throw new DomainException("Commission must be between 0 % and 100 %.");
            return new LineShare(line.LineId, line.VendorId, goods[i], goods[i].Multiply(rate).Round(), taxes[i]);
        }).ToList();

        var byVendor = lines.GroupBy(l => l.VendorId).OrderBy(g => g.Key).ToList();
        var vendorGoods = byVendor.Select(g => Money.Sum(g.Select(l => l.Goods), currency)).ToList();
        var shipping = policy.Shipping == ChargeAssignment.Vendors
            ? Spread(order.Shipping, vendorGoods, byVendor.Select(g => Money.Sum(g.Select(l => l.Goods + l.Tax), currency)).ToList())
            : vendorGoods.Select(_ => Money.Zero(currency)).ToList();
        var vendors = byVendor.Select((g, i) => new VendorShare(g.Key, policy.RateFor(vendorRates.GetValueOrDefault(g.Key)), vendorGoods[i],
            Money.Sum(g.Select(l => l.Commission), currency),
            policy.Tax == ChargeAssignment.Vendors ? Money.Sum(g.Select(l => l.Tax), currency) : Money.Zero(currency),
            shipping[i])).ToList();

        var result = new OrderSplitResult(lines, vendors,
            policy.Tax == ChargeAssignment.Platform ? order.Tax : Money.Zero(currency),
            policy.Shipping == ChargeAssignment.Platform ? order.Shipping : Money.Zero(currency));
        // Guaranteed by construction; a failure here is a bug, never a rounding matter.
        if (result.Total != order.Total) throw new InvalidOperationException($"Split of {order.Total} came to {result.Total}.");
        return result;
    }

    /// <summary>The lines' own amounts when they add up to the order's; otherwise the order's amount spread over the weights.</summary>
    private static List<Money> Agree(List<Money> perLine, Money orderAmount, List<Money> weights) =>
        Money.Sum(perLine, orderAmount.Currency) == orderAmount && perLine.All(p => !p.IsNegative && p.Round() == p)
            ? perLine
            : Spread(orderAmount, weights, weights.Select(_ => new Money(1m, orderAmount.Currency)).ToList());

    /// <summary>Proportional to <paramref name="weights"/>, or to <paramref name="fallback"/> when every weight is zero.</summary>
    internal static List<Money> Spread(Money amount, IReadOnlyList<Money> weights, IReadOnlyList<Money> fallback)
    {
        if (weights.Any(w => !w.IsZero)) return ProportionalAllocation.Allocate(amount, weights).ToList();
        if (fallback.Any(w => !w.IsZero)) return ProportionalAllocation.Allocate(amount, fallback).ToList();
        return ProportionalAllocation.Allocate(amount, weights.Select(_ => new Money(1m, amount.Currency)).ToList()).ToList();
    }
}
