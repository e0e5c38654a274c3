using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;

namespace Commerce.Core.Pricing;

/// <summary>
/// A priced cart. The header amounts are the sums of the lines', and Total = Subtotal − Discount + Shipping + Tax,
/// so the figures a shopper sees always add up to the cent.
/// </summary>
public sealed record PriceQuote(
    string Currency,
    IReadOnlyList<PricedLine> Lines,
    ShippingQuote ShippingQuote,
    CouponCheck? CouponCheck,
    bool TaxIsEstimated)
{
    public Money Subtotal => Money.Sum(Lines.Select(line => line.Subtotal), Currency);
    public Money Discount => Money.Sum(Lines.Select(line => line.Discount), Currency);
    /// <summary>Zero when shipping is free or unavailable; <see cref="ShippingQuote"/> says which.</summary>
    public Money Shipping => ShippingQuote.PriceIn(Currency);
    public Money Tax => Money.Sum(Lines.Select(line => line.Tax), Currency);
    public Money Total => Subtotal - Discount + Shipping + Tax;

    public bool ShippingWaivedByCoupon => ShippingQuote is ShippingQuote.Free { Reason: FreeShippingReason.Coupon };
    public string? AppliedCouponCode => CouponCheck is CouponCheck.Applied applied ? applied.Code : null;

    /// <summary>True when shipping is available and tax is known for the destination, so an order can be placed.</summary>
    public bool IsReadyToOrder => ShippingQuote.IsAvailable && !TaxIsEstimated;

    /// <summary>The totals an order stores. Placing an order from an incomplete quote is a bug, so that throws.</summary>
    public OrderTotals ToOrderTotals()
    {
        if (ShippingQuote is ShippingQuote.Unavailable unavailable)
            throw new DomainException($"Cannot take order totals without shipping: {unavailable.Message}");
        if (TaxIsEstimated) throw new DomainException("Cannot take order totals while tax is only estimated (no destination).");
        return new OrderTotals(Subtotal, Discount, Shipping, Tax);
    }
}
