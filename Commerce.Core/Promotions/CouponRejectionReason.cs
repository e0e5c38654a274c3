namespace Commerce.Core.Promotions;

public enum CouponRejectionReason
{
    UnknownCode,
    Inactive,
    NotYetActive,
    Expired,
    UsageLimitReached,
    PerCustomerLimitReached,
    CurrencyMismatch,
    NotApplicableToItems,
    MinimumOrderNotMet,
}
