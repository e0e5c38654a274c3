using Commerce.Core.Promotions;

using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Pricing;

public class PercentageCoupon
{
    [Fact]
    public void TakesTheRateOffTheSubtotal()
    {
        var quote = Priced(CartOf(Line("Classic Tee", 25m, quantity: 2), Line("Canvas Tote", 30m)) with { Coupon = PercentOff(10) });

        Assert.Equal(Usd(8.00m), quote.Discount);
        Assert.Equal(new CouponCheck.Applied("SAVE", Usd(8.00m), WaivesShipping: false), quote.CouponCheck);
    }

    [Fact]
    public void IsCappedByMaximumDiscount()
    {
        var coupon = PercentOff(50);
        coupon.SetConditions(minimumOrder: null, maximumDiscount: 25m);

        var quote = Priced(CartOf(Line("Wool Coat", 120m)) with { Coupon = coupon });

        Assert.Equal(Usd(25.00m), quote.Discount);
    }

    [Fact]
    public void RoundsTheDiscountHalfAwayFromZero()
    {
        // 5% of $30.50 is $1.525.
        var quote = Priced(CartOf(Line("Canvas Tote", 30.50m)) with { Coupon = PercentOff(5) });

        Assert.Equal(Usd(1.53m), quote.Discount);
    }

    [Fact]
    public void DiscountsOnlyTheEligibleLines()
    {
        var coupon = PercentOff(20);
        coupon.SetScope(products: [1]);

        var quote = Priced(CartOf(Line("Classic Tee", 25m, productId: 1), Line("Canvas Tote", 30m, productId: 2)) with { Coupon = coupon });

        Assert.Equal([Usd(5.00m), Usd(0m)], quote.Lines.Select(line => line.Discount));
        Assert.Equal(Usd(5.00m), quote.Discount);
    }
}
