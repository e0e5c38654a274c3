using Commerce.Core.Promotions;

using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Promotions;

public class CouponSchedule
{
    [Fact]
    public void AppliesFromTheMomentItStartsUntilTheMomentItEnds()
    {
        var coupon = PercentOff(10);
        coupon.Schedule(Now, Now.AddDays(1));

        var atStart = CouponEvaluator.Evaluate(CartOf(Line("Classic Tee", 60m)) with { Coupon = coupon });
        var atEnd = CouponEvaluator.Evaluate(CartOf(Line("Classic Tee", 60m)) with { Coupon = coupon, Now = Now.AddDays(1) });

        Assert.IsType<CouponCheck.Applied>(atStart);
        Assert.IsType<CouponCheck.Applied>(atEnd);
    }

    [Fact]
    public void NoCouponMeansNoCheck()
    {
        Assert.Null(Priced(CartOf(Line("Classic Tee", 60m))).CouponCheck);
    }
}
