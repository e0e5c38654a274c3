using System.Globalization;
using Commerce.Core.Common;
using Commerce.Core.Shipping;

namespace Commerce.Core.Shipping;

/// <summary>Prices shipping for a cart with one method, or with every active method for the shopper to choose from.</summary>
public static class ShippingCalculator
{
    public static ShippingQuote Quote(ShippingMethod? method, ShippingQuoteRequest request)
    {
        // Nothing physical needs no method at all, wherever the shopper is.
        if (request.IsDigitalOnly) return new ShippingQuote.Free(FreeShippingReason.DigitalOnly, Money.Zero(request.Currency));
        if (method is null) return Unavailable(ShippingUnavailableReason.NoMethodChosen, "Choose a shipping method.");
        return WhyUnavailable(method, request) ?? PriceWith(method, request);
    }

    /// <summary>Every active method in display order (sort order, then name), including the ones that cannot ship, with why.</summary>
    public static IReadOnlyList<ShippingOption> QuoteActiveMethods(IEnumerable<ShippingMethod> methods, ShippingQuoteRequest request) =>
        methods.Where(method => method.IsActive)
            .OrderBy(method => method.SortOrder).ThenBy(method => method.Name, StringComparer.Ordinal)
            .Select(method => new ShippingOption(method.Id, method.Code, method.Name, method.Carrier,
                method.MinDays, method.MaxDays, Quote(method, request)))
            .ToList();

    private static ShippingQuote.Unavailable? WhyUnavailable(ShippingMethod method, ShippingQuoteRequest request)
    {
        if (!method.IsActive)
            return Unavailable(ShippingUnavailableReason.MethodInactive, $"{method.Name} is no longer available.");
        if (method.Currency != request.Currency)
            return Unavailable(ShippingUnavailableReason.CurrencyMismatch, $"{method.Name} is not offered for orders in {request.Currency}.");
        if (method.CountryCodes.Count > 0 && request.Destination is null)
            return Unavailable(ShippingUnavailableReason.DestinationNeeded, $"Enter your country to see whether {method.Name} ships there.");
        if (request.Destination is { } destination && !method.ShipsTo(destination.CountryCode))
            return Unavailable(ShippingUnavailableReason.DoesNotShipToCountry, $"{method.Name} doesn't ship to {destination.CountryCode}.");
        return null;
    }

    private static ShippingQuote PriceWith(ShippingMethod method, ShippingQuoteRequest request)
    {
        var price = method.Kind == ShippingRateKind.Flat ? new Money(method.FlatRate, request.Currency) : TierPrice(method, request);
        if (price is not { } regular) return TooHeavy(method, request.TotalWeightGrams);

        if (method.FreeAbove is { } threshold && request.SubtotalAfterDiscount.Amount >= threshold)
            return new ShippingQuote.Free(FreeShippingReason.AboveThreshold, regular);
        if (request.CouponWaivesShipping) return new ShippingQuote.Free(FreeShippingReason.Coupon, regular);
        return new ShippingQuote.Charged(regular);
    }

    private static Money? TierPrice(ShippingMethod method, ShippingQuoteRequest request)
    {
        var tier = method.Rates.Where(rate => rate.MaxWeightGrams >= request.TotalWeightGrams).MinBy(rate => rate.MaxWeightGrams);
        return tier is null ? null : new Money(tier.Price, request.Currency);
    }

    private static ShippingQuote.Unavailable TooHeavy(ShippingMethod method, int weightGrams)
    {
        if (method.Rates.Count == 0)
            return Unavailable(ShippingUnavailableReason.NoWeightTiers, $"{method.Name} has no shipping rates set up yet.");
        var limit = method.Rates.Max(rate => rate.MaxWeightGrams);
        return Unavailable(ShippingUnavailableReason.TooHeavy,
            $"{method.Name} ships orders up to {Kilograms(limit)}; this order weighs {Kilograms(weightGrams)}.");
    }

    private static string Kilograms(int grams) => (grams / 1000m).ToString("0.###", CultureInfo.InvariantCulture) + " kg";

    private static ShippingQuote.Unavailable Unavailable(ShippingUnavailableReason reason, string message) => new(reason, message);
}
