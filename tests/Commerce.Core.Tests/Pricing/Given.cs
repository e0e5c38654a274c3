using Commerce.Core.Common;
using Commerce.Core.Pricing;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;

namespace Commerce.Core.Tests.Pricing;

/// <summary>Small builders so each pricing test shows only the numbers it is about.</summary>
internal static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 3, 15, 12, 0, 0, TimeSpan.Zero);
    public static readonly Destination California = new("US", "CA", "94105");
    public static readonly TaxRate CaliforniaTax = new("US", "CA", 0.0725m, "California sales tax");

    private static int _nextId;

    public static Money Usd(decimal amount) => new(amount, "USD");

    public static PricingLine Line(string name, decimal unitPrice, int quantity = 1, int? productId = null,
        int[]? categories = null, int grams = 500, bool digital = false)
    {
        // Generated ids stay far above the small product ids tests name on purpose (a scope of [99] must never meet a line by chance).
        var id = Interlocked.Increment(ref _nextId);
        return new PricingLine(1_000_000 + id, productId ?? 100_000 + id, categories ?? [], name, quantity, Usd(unitPrice), grams, digital);
    }

    public static PricingRequest CartOf(params PricingLine[] lines) =>
        new("USD", lines, null, CouponUsage.None, null, null, [], Now);

    public static PriceQuote Priced(PricingRequest request) => PricingEngine.Price(request);

    public static Coupon PercentOff(decimal percent, string code = "SAVE") => new(code, CouponType.Percentage, percent, "USD");
    public static Coupon AmountOff(decimal amount, string code = "TENOFF") => new(code, CouponType.FixedAmount, amount, "USD");
    public static Coupon FreeShipping(string code = "SHIPFREE") => new(code, CouponType.FreeShipping, 0, "USD");

    /// <summary>TimesUsed only moves by a conditional UPDATE in the database, so tests set it the only way left.</summary>
    public static Coupon UsedTimes(this Coupon coupon, int times)
    {
        typeof(Coupon).GetProperty(nameof(Coupon.TimesUsed))!.SetValue(coupon, times);
        return coupon;
    }

    public static ShippingMethod FlatShipping(decimal rate, string name = "Standard") =>
        new(name.ToLowerInvariant(), name, "UPS", ShippingRateKind.Flat, Usd(rate), 3, 5);

    /// <summary>Tiers up to 1 kg $4.99, 5 kg $9.99, 20 kg $19.99.</summary>
    public static ShippingMethod WeightShipping(string name = "Standard")
    {
        var method = new ShippingMethod(name.ToLowerInvariant(), name, "UPS", ShippingRateKind.WeightBased, Usd(0), 3, 5);
        method.AddWeightTier(1_000, 4.99m);
        method.AddWeightTier(5_000, 9.99m);
        method.AddWeightTier(20_000, 19.99m);
        return method;
    }
}
