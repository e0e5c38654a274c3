using Commerce.Core.Common;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;

namespace Commerce.Core.Pricing;

/// <summary>
/// The store's one pricing engine: the cart page, checkout and order placement all price through here,
/// so what the shopper is shown is what the order records.
/// </summary>
public static class PricingEngine
{
    public static PriceQuote Price(PricingRequest request)
    {
        var (coupon, lineDiscounts) = ApplyCoupon(request);
        var shipping = ShippingCalculator.Quote(request.ShippingMethod, ShippingRequest(request, coupon, lineDiscounts));
        var taxRate = TaxCalculator.RateFor(request.Destination, request.TaxRates);

        var lines = request.Lines.Select((line, i) =>
        {
            var taxable = line.Subtotal - lineDiscounts[i];
            return new PricedLine(line.VariantId, line.Quantity, line.UnitPrice, line.Subtotal, lineDiscounts[i],
                TaxCalculator.TaxOn(taxable, taxRate));
        }).ToList();

        return new PriceQuote(request.Currency, lines, shipping, coupon, TaxIsEstimated: request.Destination is null);
    }

    /// <summary>Every active method quoted for this cart (ignoring the request's chosen method), for the cart's estimate and checkout.</summary>
    public static IReadOnlyList<ShippingOption> ShippingOptions(PricingRequest request, IEnumerable<ShippingMethod> methods)
    {
        var (coupon, lineDiscounts) = ApplyCoupon(request);
        return ShippingCalculator.QuoteActiveMethods(methods, ShippingRequest(request, coupon, lineDiscounts));
    }

    private static (CouponCheck? Check, IReadOnlyList<Money> LineDiscounts) ApplyCoupon(PricingRequest request)
    {
        var check = CouponEvaluator.Evaluate(request);
        var discounts = check is CouponCheck.Applied applied && request.Coupon is { } coupon
            ? ProportionalAllocation.Allocate(applied.Discount, EligibleWeights(coupon, request))
            : request.Lines.Select(_ => Money.Zero(request.Currency)).ToList();
        return (check, discounts);
    }

    // Ineligible lines weigh nothing, so they get no share of the discount.
    private static List<Money> EligibleWeights(Coupon coupon, PricingRequest request) =>
        request.Lines.Select(line => CouponScope.Covers(coupon, line) ? line.Subtotal : Money.Zero(request.Currency)).ToList();

    private static ShippingQuoteRequest ShippingRequest(PricingRequest request, CouponCheck? coupon, IReadOnlyList<Money> lineDiscounts)
    {
        var subtotal = Money.Sum(request.Lines.Select(line => line.Subtotal), request.Currency);
        var afterDiscount = subtotal - Money.Sum(lineDiscounts, request.Currency);
        var waives = coupon is CouponCheck.Applied { WaivesShipping: true };
        return new ShippingQuoteRequest(request.Currency, request.Lines, afterDiscount, request.Destination, waives);
    }
}
