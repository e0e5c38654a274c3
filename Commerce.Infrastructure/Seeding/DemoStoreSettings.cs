using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;

namespace Commerce.Infrastructure.Seeding;

/// <summary>The demo store's warehouse, coupons, shipping methods and tax rates.</summary>
internal static class DemoStoreSettings
{
    public static Warehouse MainWarehouse() => new("MAIN", "Main warehouse, Reno NV", "US", isDefault: true);

    public static IEnumerable<Coupon> Coupons(DateTimeOffset now)
    {
        var welcome = new Coupon("WELCOME10", CouponType.Percentage, 10m, Currency.Default);
        welcome.Describe("10 % off your order, up to $50.");
        welcome.SetConditions(minimumOrder: null, maximumDiscount: 50m);
        yield return welcome;

        var save = new Coupon("SAVE20", CouponType.FixedAmount, 20m, Currency.Default);
        save.Describe("$20 off orders over $100, once per customer.");
        save.SetConditions(minimumOrder: 100m, maximumDiscount: null);
        save.SetLimits(usageLimit: 500, perCustomerLimit: 1);
        yield return save;

        var freeShipping = new Coupon("FREESHIP", CouponType.FreeShipping, 0m, Currency.Default);
        freeShipping.Describe("Free shipping on orders over $30.");
        freeShipping.SetConditions(minimumOrder: 30m, maximumDiscount: null);
        yield return freeShipping;

        // Kept past its end date so the storefront can show what an expired code looks like.
        var summer = new Coupon("SUMMER25", CouponType.Percentage, 25m, Currency.Default);
        summer.Describe("25 % off the summer collection (ended).");
        summer.Schedule(MidnightUtc(now.AddDays(-150)), MidnightUtc(now.AddDays(-60)));
        yield return summer;
    }

    public static IEnumerable<ShippingMethod> ShippingMethods()
    {
        var standard = new ShippingMethod("standard", "Standard", "USPS", ShippingRateKind.Flat, Usd(5.99m), 3, 6);
        standard.OfferFreeAbove(75m);
        standard.SetTrackingUrl("https://tools.usps.com/go/TrackConfirmAction?tLabels={tracking}");
        standard.Reorder(0);
        yield return standard;

        // Weight-based: the flat rate is unused, the tiers price the parcel.
        var express = new ShippingMethod("express", "Express", "UPS", ShippingRateKind.WeightBased, Usd(0m), 1, 2);
        express.AddWeightTier(1_000, 12m);
        express.AddWeightTier(5_000, 18m);
        express.AddWeightTier(20_000, 29m);
        express.SetTrackingUrl("https://www.ups.com/track?tracknum={tracking}");
        express.Reorder(1);
        yield return express;

        var nextDay = new ShippingMethod("next-day", "Next-day", "FedEx", ShippingRateKind.Flat, Usd(24.99m), 1, 1);
        nextDay.ShipTo(["US"]);
        nextDay.SetTrackingUrl("https://www.fedex.com/fedextrack/?trknbr={tracking}");
        nextDay.Reorder(2);
        yield return nextDay;
    }

    public static IEnumerable<TaxRate> TaxRates() =>
    [
        new("US", "CA", 0.0725m, "California sales tax"),
        new("US", "NY", 0.04m, "New York sales tax"),
        new("US", "TX", 0.0625m, "Texas sales tax"),
        new("US", "WA", 0.065m, "Washington sales tax"),
        new("US", "FL", 0.06m, "Florida sales tax"),
        new("US", "IL", 0.0625m, "Illinois sales tax"),
        new("GB", null, 0.20m, "VAT"),
        new("DE", null, 0.19m, "MwSt"),
        new("FR", null, 0.20m, "TVA"),
        new("NL", null, 0.21m, "BTW"),
        new("CA", null, 0.05m, "GST"),
    ];

    private static Money Usd(decimal amount) => new(amount, Currency.Default);

    private static DateTimeOffset MidnightUtc(DateTimeOffset at) => new(at.UtcDateTime.Date, TimeSpan.Zero);
}
