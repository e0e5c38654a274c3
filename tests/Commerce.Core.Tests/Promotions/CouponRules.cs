using Commerce.Core.Common;
using Commerce.Core.Promotions;

namespace Commerce.Core.Tests.Promotions;

public class CouponRules
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MustEndAfterItStarts()
    {
        var coupon = new Coupon("BLACKFRIDAY", CouponType.Percentage, 20m, "USD");

        Assert.Throws<DomainException>(() => coupon.Schedule(Start, Start));
        coupon.Schedule(Start, Start.AddDays(4));

        Assert.Equal(Start.AddDays(4), coupon.EndsAt);
    }

    [Fact]
    public void RefusesLimitsBelowOne()
    {
        var coupon = new Coupon("X", CouponType.Percentage, 20m, "USD");

        Assert.Throws<DomainException>(() => coupon.SetLimits(0, null));
        Assert.Throws<DomainException>(() => coupon.SetLimits(null, -1));
        coupon.SetLimits(100, 1);
        Assert.Equal((100, 1), (coupon.UsageLimit, coupon.PerCustomerLimit));
    }

    [Fact]
    public void RefusesNegativeConditions()
    {
        var coupon = new Coupon("X", CouponType.FixedAmount, 5m, "USD");

        Assert.Throws<DomainException>(() => coupon.SetConditions(-1m, null));
        Assert.Throws<DomainException>(() => coupon.SetConditions(null, -1m));
    }

    [Fact]
    public void ScopeDropsDuplicateIds()
    {
        var coupon = new Coupon("X", CouponType.FixedAmount, 5m, "USD");

        coupon.SetScope(products: [1, 1, 2], excludedCategories: [9, 9]);

        Assert.Equal([1, 2], coupon.ApplicableProductIds);
        Assert.Equal([9], coupon.ExcludedCategoryIds);
        Assert.Empty(coupon.ApplicableCategoryIds);
    }
}
