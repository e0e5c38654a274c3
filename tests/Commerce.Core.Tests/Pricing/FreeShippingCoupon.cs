using Commerce.Core.Pricing;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Pricing;

public class FreeShippingCoupon
{
    [Fact]
    public void WaivesShippingAndSaysHowMuchWasWaived()
    {
        var quote = Priced(CartOf(Line("Classic Tee", 25m)) with { Coupon = FreeShipping(), ShippingMethod = FlatShipping(5.99m) });

        Assert.Equal(new ShippingQuote.Free(FreeShippingReason.Coupon, Usd(5.99m)), quote.ShippingQuote);
        Assert.Equal(Usd(0m), quote.Shipping);
        Assert.True(quote.ShippingWaivedByCoupon);
        Assert.Equal(Usd(25.00m), quote.Total);
    }

    [Fact]
    public void LeavesTheLinesUndiscounted()
    {
        var quote = Priced(CartOf(Line("Classic Tee", 25m), Line("Canvas Tote", 30m)) with { Coupon = FreeShipping(), ShippingMethod = FlatShipping(5.99m) });

        Assert.Equal(new CouponCheck.Applied("SHIPFREE", Usd(0m), WaivesShipping: true), quote.CouponCheck);
        Assert.All(quote.Lines, line => Assert.Equal(Usd(0m), line.Discount));
    }

    [Fact]
    public void CannotMakeAMethodShipWhereItDoesNotGo()
    {
        var usOnly = FlatShipping(5.99m);
        usOnly.ShipTo(["US"]);

        var quote = Priced(CartOf(Line("Classic Tee", 25m))
            with { Coupon = FreeShipping(), ShippingMethod = usOnly, Destination = new Destination("FR", null, "75001") });

        var unavailable = Assert.IsType<ShippingQuote.Unavailable>(quote.ShippingQuote);
        Assert.Equal(ShippingUnavailableReason.DoesNotShipToCountry, unavailable.Reason);
    }
}
