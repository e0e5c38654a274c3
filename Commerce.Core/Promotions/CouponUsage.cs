namespace Commerce.Core.Promotions;

/// <summary>
/// How often the current shopper has used the coupon. The coupon's overall count is <c>Coupon.TimesUsed</c>, unless
/// <see cref="TimesUsedInTotal"/> gives the count as it stood at another moment (explaining a past order).
/// </summary>
public sealed record CouponUsage(int TimesUsedByThisCustomer, int? TimesUsedInTotal = null)
{
    public static CouponUsage None { get; } = new(0);
}
