namespace Commerce.Core.Pricing;

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
