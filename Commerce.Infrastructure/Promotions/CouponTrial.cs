using Commerce.Core.Common;
using Commerce.Core.Promotions;

namespace Commerce.Infrastructure.Promotions;

/// <summary>The answer to "would this coupon apply to that order or cart, and if not, why".</summary>
public abstract record CouponTrial
{
    /// <summary>Nothing to try the coupon on: no such order, no cart for that email, or input that is neither.</summary>
    public sealed record NotFound(string Message) : CouponTrial;

    /// <param name="Subject">What was checked, e.g. "Order ORD-20261125-0001 by sam@example.com".</param>
    /// <param name="At">The moment the coupon was judged at: the order's placing, or now for a cart.</param>
    /// <param name="EnteredCouponCode">The coupon the order or cart actually carries, if any (one coupon per order).</param>
    /// <param name="Check">Exactly what the shopper is (or was) told.</param>
    public sealed record Evaluated(
        string Subject,
        DateTimeOffset At,
        string? EnteredCouponCode,
        IReadOnlyList<CouponTrialLine> Lines,
        Money Subtotal,
        int TimesUsedByShopper,
        CouponCheck Check) : CouponTrial;
}

/// <summary>One line the coupon was tried on, and whether the coupon's scope covers it.</summary>
public sealed record CouponTrialLine(string Name, int Quantity, Money Subtotal, bool Covered);
