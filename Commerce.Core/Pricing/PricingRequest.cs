using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;

namespace Commerce.Core.Pricing;

/// <summary>
/// Everything needed to price a cart or a checkout. <see cref="Coupon"/> is the coupon the shopper entered, already
/// looked up by its normalized code; <see cref="Destination"/> and <see cref="ShippingMethod"/> are null until chosen.
/// Every line is priced in <see cref="Currency"/>; a line in another currency is a bug and throws.
/// </summary>
public sealed record PricingRequest(
    string Currency,
    IReadOnlyList<PricingLine> Lines,
    Coupon? Coupon,
    CouponUsage CouponUsage,
    Destination? Destination,
    ShippingMethod? ShippingMethod,
    IReadOnlyList<TaxRate> TaxRates,
    DateTimeOffset Now)
{
    public string Currency { get; init => field = Common.Currency.Normalize(value); } = Common.Currency.Normalize(Currency);
}
