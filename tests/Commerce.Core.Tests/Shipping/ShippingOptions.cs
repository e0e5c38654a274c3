using Commerce.Core.Pricing;
using Commerce.Core.Shipping;
using Commerce.Core.Promotions;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Shipping;

public class ShippingOptions
{
    [Fact]
    public void QuotesEveryActiveMethodInSortOrder()
    {
        var express = FlatShipping(14.99m, "Express");
        express.Reorder(2);
        var standard = FlatShipping(5.99m, "Standard");
        standard.Reorder(1);
        var retired = FlatShipping(3.99m, "Economy");
        retired.Deactivate();

        var options = PricingEngine.ShippingOptions(CartOf(Line("Classic Tee", 25m)) with { Destination = California }, [express, retired, standard]);

        Assert.Equal(["standard", "express"], options.Select(option => option.Code));
        Assert.Equal([new ShippingQuote.Charged(Usd(5.99m)), new ShippingQuote.Charged(Usd(14.99m))], options.Select(option => option.Quote));
    }

    [Fact]
    public void ExplainsWhyAMethodCannotShipThere()
    {
        var domestic = FlatShipping(5.99m, "Domestic");
        domestic.ShipTo(["US"]);
        var international = FlatShipping(24.99m, "International");

        var options = PricingEngine.ShippingOptions(CartOf(Line("Classic Tee", 25m)) with { Destination = new Destination("DE", null, "10115") },
            [domestic, international]);

        Assert.Equal(new ShippingQuote.Unavailable(ShippingUnavailableReason.DoesNotShipToCountry, "Domestic doesn't ship to DE."), options[0].Quote);
        Assert.Equal(new ShippingQuote.Charged(Usd(24.99m)), options[1].Quote);
    }

    [Fact]
    public void AppliesTheCouponBeforeQuoting()
    {
        var freeAboveFifty = FlatShipping(5.99m);
        freeAboveFifty.OfferFreeAbove(50m);
        var express = FlatShipping(14.99m, "Express");
        var cart = CartOf(Line("Hoodie", 55m)) with { Destination = California };

        var discounted = PricingEngine.ShippingOptions(cart with { Coupon = PercentOff(10) }, [freeAboveFifty]);
        var shippingWaived = PricingEngine.ShippingOptions(cart with { Coupon = FreeShipping() }, [express]);

        Assert.Equal(new ShippingQuote.Charged(Usd(5.99m)), discounted.Single().Quote);
        Assert.Equal(new ShippingQuote.Free(FreeShippingReason.Coupon, Usd(14.99m)), shippingWaived.Single().Quote);
    }
}
