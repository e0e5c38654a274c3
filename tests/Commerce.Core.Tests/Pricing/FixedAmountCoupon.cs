using Commerce.Core.Promotions;

using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Pricing;

public class FixedAmountCoupon
{
    [Fact]
    public void TakesItsValueOffTheOrder()
    {
        var quote = Priced(CartOf(Line("Classic Tee", 45m)) with { Coupon = AmountOff(10) });

        Assert.Equal(Usd(10.00m), quote.Discount);
        Assert.Equal(Usd(35.00m), quote.Total);
    }

    [Fact]
    public void NeverTakesOffMoreThanTheEligibleSubtotal()
    {
        var coupon = AmountOff(50);
        coupon.SetScope(products: [1]);

        var quote = Priced(CartOf(Line("Classic Tee", 30m, productId: 1), Line("Canvas Tote", 20m, productId: 2)) with { Coupon = coupon });

        Assert.Equal(Usd(30.00m), quote.Discount);
        Assert.Equal(Usd(0m), quote.Lines[0].Total);
        Assert.Equal(Usd(20.00m), quote.Total);
    }

    [Fact]
    public void IsCappedByMaximumDiscount()
    {
        var coupon = AmountOff(20);
        coupon.SetConditions(minimumOrder: null, maximumDiscount: 15m);

        var quote = Priced(CartOf(Line("Wool Coat", 120m)) with { Coupon = coupon });

        Assert.Equal(Usd(15.00m), quote.Discount);
    }
}
