namespace Commerce.Core.Pricing;

/// <summary>How often the current shopper has used the coupon; the coupon's global count is <c>Coupon.TimesUsed</c>.</summary>
public sealed record CouponUsage(int TimesUsedByThisCustomer)
{
    public static CouponUsage None { get; } = new(0);
}
