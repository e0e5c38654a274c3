using Commerce.Core.Common;
using Commerce.Core.Pricing;

namespace Commerce.Core.Shipping;

/// <summary>The parts of a cart that shipping depends on, after the coupon has been applied.</summary>
public sealed record ShippingQuoteRequest(
    string Currency,
    IReadOnlyList<PricingLine> Lines,
    Money SubtotalAfterDiscount,
    Destination? Destination,
    bool CouponWaivesShipping)
{
    public bool IsDigitalOnly => Lines.All(line => line.IsDigital);

    /// <summary>Weight × quantity of the physical lines; digital lines weigh nothing.</summary>
    public int TotalWeightGrams => Lines.Sum(line => line.ShippingWeightGrams);
}
