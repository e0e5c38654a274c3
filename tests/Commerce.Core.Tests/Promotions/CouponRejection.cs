using Commerce.Core.Pricing;
using Commerce.Core.Promotions;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Promotions;

public class CouponRejection
{
    private static CouponCheck.Rejected Rejection(Coupon coupon, PricingRequest? cart = null, int timesUsedByCustomer = 0)
    {
        var request = (cart ?? CartOf(Line("Classic Tee", 60m))) with { Coupon = coupon, CouponUsage = new CouponUsage(timesUsedByCustomer) };
        return Assert.IsType<CouponCheck.Rejected>(CouponEvaluator.Evaluate(request));
    }

    [Fact]
    public void SaysAnInactiveCouponIsNotActive()
    {
        var coupon = PercentOff(10);
        coupon.Deactivate();

        var rejected = Rejection(coupon);

        Assert.Equal(CouponRejectionReason.Inactive, rejected.Reason);
        Assert.Equal("This coupon is not active.", rejected.Message);
    }

    [Fact]
    public void SaysFromWhenACouponThatHasNotStartedCanBeUsed()
    {
        var coupon = PercentOff(10);
        coupon.Schedule(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), null);

        var rejected = Rejection(coupon);

        Assert.Equal(CouponRejectionReason.NotYetActive, rejected.Reason);
        Assert.Equal("This coupon isn't active yet. You can use it from April 1, 2026.", rejected.Message);
    }

    [Fact]
    public void GivesTheStartTimeWhenItIsNotMidnight()
    {
        var coupon = PercentOff(10);
        coupon.Schedule(new DateTimeOffset(2026, 3, 15, 18, 30, 0, TimeSpan.Zero), null);

        Assert.Equal("This coupon isn't active yet. You can use it from March 15, 2026 at 6:30 PM UTC.", Rejection(coupon).Message);
    }

    [Fact]
    public void SaysWhenAnExpiredCouponEnded()
    {
        var coupon = PercentOff(10);
        coupon.Schedule(null, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var rejected = Rejection(coupon);

        Assert.Equal(CouponRejectionReason.Expired, rejected.Reason);
        Assert.Equal("This coupon expired on March 1, 2026.", rejected.Message);
    }

    [Fact]
    public void SaysTheUsageLimitIsReached()
    {
        var coupon = PercentOff(10).UsedTimes(100);
        coupon.SetLimits(usageLimit: 100, perCustomerLimit: null);

        var rejected = Rejection(coupon);

        Assert.Equal(CouponRejectionReason.UsageLimitReached, rejected.Reason);
        Assert.Equal("This coupon has reached its usage limit.", rejected.Message);
    }

    [Fact]
    public void CountsUsesAsOfAnotherMomentWhenGiven()
    {
        var coupon = PercentOff(10).UsedTimes(100);
        coupon.SetLimits(usageLimit: 100, perCustomerLimit: null);
        var cart = CartOf(Line("Classic Tee", 60m)) with { Coupon = coupon };

        Assert.IsType<CouponCheck.Applied>(CouponEvaluator.Evaluate(cart with { CouponUsage = new CouponUsage(0, TimesUsedInTotal: 99) }));
        Assert.IsType<CouponCheck.Rejected>(CouponEvaluator.Evaluate(cart with { CouponUsage = new CouponUsage(0, TimesUsedInTotal: 100) }));
    }

    [Fact]
    public void SaysYouHaveAlreadyUsedItWhenThePerCustomerLimitIsReached()
    {
        var coupon = PercentOff(10);
        coupon.SetLimits(usageLimit: null, perCustomerLimit: 1);

        var rejected = Rejection(coupon, timesUsedByCustomer: 1);

        Assert.Equal(CouponRejectionReason.PerCustomerLimitReached, rejected.Reason);
        Assert.Equal("You have already used this coupon.", rejected.Message);
    }

    [Fact]
    public void SaysHowManyTimesWhenTheCustomerMayUseItMoreThanOnce()
    {
        var coupon = PercentOff(10);
        coupon.SetLimits(usageLimit: null, perCustomerLimit: 3);

        Assert.Equal("You have already used this coupon the maximum of 3 times.", Rejection(coupon, timesUsedByCustomer: 3).Message);
    }

    [Fact]
    public void NamesTheItemsWhenNoneIsEligible()
    {
        var coupon = PercentOff(10);
        coupon.SetScope(products: [99]);

        var rejected = Rejection(coupon, CartOf(Line("Classic Tee", 25m), Line("Canvas Tote", 30m), Line("Classic Tee", 25m)));

        Assert.Equal(CouponRejectionReason.NotApplicableToItems, rejected.Reason);
        Assert.Equal("This coupon doesn't apply to Classic Tee, Canvas Tote.", rejected.Message);
    }

    [Fact]
    public void SaysHowMuchIsMissingForMinimumOrder()
    {
        var coupon = PercentOff(10);
        coupon.SetConditions(minimumOrder: 50m, maximumDiscount: null);

        var rejected = Rejection(coupon, CartOf(Line("Classic Tee", 21.25m, quantity: 2)));

        Assert.Equal(CouponRejectionReason.MinimumOrderNotMet, rejected.Reason);
        Assert.Equal("Add $7.50 more to use this coupon.", rejected.Message);
    }

    [Fact]
    public void CountsOnlyEligibleItemsTowardsTheMinimumOrder()
    {
        var coupon = PercentOff(10);
        coupon.SetConditions(minimumOrder: 50m, maximumDiscount: null);
        coupon.SetScope(products: [1]);

        var rejected = Rejection(coupon, CartOf(Line("Classic Tee", 40m, productId: 1), Line("Canvas Tote", 30m, productId: 2)));

        Assert.Equal("Add $10.00 more of eligible items to use this coupon.", rejected.Message);
    }

    [Fact]
    public void RejectsACouponInAnotherCurrency()
    {
        var rejected = Rejection(new Coupon("EURO10", CouponType.FixedAmount, 10m, "EUR"));

        Assert.Equal(CouponRejectionReason.CurrencyMismatch, rejected.Reason);
        Assert.Equal("This coupon can only be used on orders in EUR.", rejected.Message);
    }

    [Fact]
    public void SaysWhenNoCouponHasTheCode()
    {
        var rejected = CouponCheck.UnknownCode(" save10 ");

        Assert.Equal(new CouponCheck.Rejected("SAVE10", CouponRejectionReason.UnknownCode, "We don't recognise the coupon code SAVE10."), rejected);
    }

    [Fact]
    public void LeavesThePricesAsIfThereWereNoCoupon()
    {
        var coupon = PercentOff(10);
        coupon.Deactivate();

        var quote = Priced(CartOf(Line("Classic Tee", 60m)) with { Coupon = coupon });

        Assert.IsType<CouponCheck.Rejected>(quote.CouponCheck);
        Assert.Equal(Usd(0m), quote.Discount);
        Assert.Equal(Usd(60.00m), quote.Total);
        Assert.Null(quote.AppliedCouponCode);
    }
}
