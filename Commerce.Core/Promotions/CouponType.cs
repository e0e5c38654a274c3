namespace Commerce.Core.Promotions;

public enum CouponType
{
    Percentage = 0,
    FixedAmount = 1,
    FreeShipping = 2,
}
