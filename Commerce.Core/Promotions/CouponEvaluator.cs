using System.Globalization;
using Commerce.Core.Common;
using Commerce.Core.Promotions;
using Commerce.Core.Pricing;

namespace Commerce.Core.Promotions;

/// <summary>Decides whether the request's coupon applies and how much it takes off.</summary>
public static class CouponEvaluator
{
    /// <summary>Codes are case-insensitive and stored upper-case; surrounding spaces are ignored.</summary>
    public static bool CodeMatches(Coupon coupon, string enteredCode) =>
        string.Equals(enteredCode.Trim(), coupon.Code, StringComparison.OrdinalIgnoreCase);

    /// <summary>Null when the request carries no coupon.</summary>
    public static CouponCheck? Evaluate(PricingRequest request)
    {
        if (request.Coupon is not { } coupon) return null;
        var rejection = RejectionFor(coupon, request);
        if (rejection is { } found) return new CouponCheck.Rejected(coupon.Code, found.Reason, found.Message);

        var eligibleSubtotal = EligibleSubtotal(coupon, request);
        return new CouponCheck.Applied(coupon.Code, DiscountOn(coupon, eligibleSubtotal), coupon.Type == CouponType.FreeShipping);
    }

    private static Money EligibleSubtotal(Coupon coupon, PricingRequest request) =>
        Money.Sum(request.Lines.Where(line => CouponScope.Covers(coupon, line)).Select(line => line.Subtotal), request.Currency);

    private static (CouponRejectionReason Reason, string Message)? RejectionFor(Coupon coupon, PricingRequest request)
    {
        if (!coupon.IsActive) return (CouponRejectionReason.Inactive, "This coupon is not active.");
        if (coupon.StartsAt is { } startsAt && request.Now < startsAt)
            return (CouponRejectionReason.NotYetActive, $"This coupon isn't active yet. You can use it from {ShopperDate(startsAt)}.");
        if (coupon.EndsAt is { } endsAt && request.Now > endsAt)
            return (CouponRejectionReason.Expired, $"This coupon expired on {ShopperDate(endsAt)}.");
        if (coupon.UsageLimit is { } limit && (request.CouponUsage.TimesUsedInTotal ?? coupon.TimesUsed) >= limit)
            return (CouponRejectionReason.UsageLimitReached, "This coupon has reached its usage limit.");
        if (coupon.PerCustomerLimit is { } perCustomer && request.CouponUsage.TimesUsedByThisCustomer >= perCustomer)
            return (CouponRejectionReason.PerCustomerLimitReached, perCustomer == 1
                ? "You have already used this coupon."
                : $"You have already used this coupon the maximum of {perCustomer} times.");
        if (coupon.Currency != request.Currency)
            return (CouponRejectionReason.CurrencyMismatch, $"This coupon can only be used on orders in {coupon.Currency}.");
        return ScopeRejection(coupon, request) ?? MinimumOrderRejection(coupon, request);
    }

    private static (CouponRejectionReason, string)? ScopeRejection(Coupon coupon, PricingRequest request)
    {
        if (request.Lines.Any(line => CouponScope.Covers(coupon, line))) return null;
        if (request.Lines.Count == 0) return (CouponRejectionReason.NotApplicableToItems, "Add something to your cart to use this coupon.");
        var names = string.Join(", ", request.Lines.Select(line => line.Name).Distinct());
        return (CouponRejectionReason.NotApplicableToItems, $"This coupon doesn't apply to {names}.");
    }

    private static (CouponRejectionReason, string)? MinimumOrderRejection(Coupon coupon, PricingRequest request)
    {
        if (coupon.MinimumOrder is not { } minimum) return null;
        var eligible = EligibleSubtotal(coupon, request);
        var shortBy = new Money(minimum, request.Currency) - eligible;
        if (shortBy.Amount <= 0) return null;
        var ofWhat = request.Lines.All(line => CouponScope.Covers(coupon, line)) ? "" : " of eligible items";
        return (CouponRejectionReason.MinimumOrderNotMet, $"Add {shortBy.Round()} more{ofWhat} to use this coupon.");
    }

    private static Money DiscountOn(Coupon coupon, Money eligibleSubtotal)
    {
        var discount = coupon.Type switch
        {
            CouponType.Percentage => eligibleSubtotal.Multiply(coupon.Value / 100m).Round(),
            CouponType.FixedAmount => new Money(coupon.Value, eligibleSubtotal.Currency).Round().Min(eligibleSubtotal),
            _ => Money.Zero(eligibleSubtotal.Currency),
        };
        return coupon.MaximumDiscount is { } cap ? discount.Min(new Money(cap, discount.Currency).Round()) : discount;
    }

    // The time is shown only when the coupon does not start or end at midnight, with its zone so it is not misread.
    private static string ShopperDate(DateTimeOffset at)
    {
        var date = at.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        if (at.TimeOfDay == TimeSpan.Zero) return date;
        var zone = at.Offset == TimeSpan.Zero ? "UTC" : "UTC" + at.ToString("zzz", CultureInfo.InvariantCulture);
        return $"{date} at {at.ToString("h:mm tt", CultureInfo.InvariantCulture)} {zone}";
    }
}
