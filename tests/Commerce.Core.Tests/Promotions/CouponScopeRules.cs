using Commerce.Core.Promotions;

using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Promotions;

public class CouponScopeRules
{
    private const int Apparel = 10, Tees = 12, Homeware = 20, Mugs = 21;

    [Fact]
    public void AnEmptyScopeCoversEveryLine()
    {
        var coupon = PercentOff(10);

        Assert.True(CouponScope.Covers(coupon, Line("Classic Tee", 25m, categories: [Tees, Apparel])));
        Assert.True(CouponScope.Covers(coupon, Line("Enamel Mug", 12m, categories: [Mugs, Homeware])));
    }

    [Fact]
    public void ListedProductsLimitTheCoupon()
    {
        var coupon = PercentOff(10);
        coupon.SetScope(products: [1]);

        Assert.True(CouponScope.Covers(coupon, Line("Classic Tee", 25m, productId: 1)));
        Assert.False(CouponScope.Covers(coupon, Line("Canvas Tote", 30m, productId: 2)));
    }

    [Fact]
    public void ACategoryCoversProductsInItsSubCategories()
    {
        var coupon = PercentOff(10);
        coupon.SetScope(categories: [Apparel]);

        Assert.True(CouponScope.Covers(coupon, Line("Classic Tee", 25m, categories: [Tees, Apparel])));
        Assert.False(CouponScope.Covers(coupon, Line("Enamel Mug", 12m, categories: [Mugs, Homeware])));
    }

    [Fact]
    public void ExclusionsWinOverInclusions()
    {
        var coupon = PercentOff(10);
        coupon.SetScope(products: [1], categories: [Apparel], excludedProducts: [1], excludedCategories: [Tees]);

        Assert.False(CouponScope.Covers(coupon, Line("Classic Tee", 25m, productId: 1)));
        Assert.False(CouponScope.Covers(coupon, Line("V-neck Tee", 25m, productId: 2, categories: [Tees, Apparel])));
        Assert.True(CouponScope.Covers(coupon, Line("Hoodie", 45m, productId: 3, categories: [Apparel])));
    }

    [Fact]
    public void AnExcludedCategoryAloneLeavesEverythingElseCovered()
    {
        var coupon = PercentOff(10);
        coupon.SetScope(excludedCategories: [Homeware]);

        var quote = Priced(CartOf(Line("Classic Tee", 20m, categories: [Tees, Apparel]), Line("Enamel Mug", 12m, categories: [Mugs, Homeware]))
            with { Coupon = coupon });

        Assert.Equal(new[] { Usd(2.00m), Usd(0m) }, quote.Lines.Select(line => line.Discount));
    }
}
