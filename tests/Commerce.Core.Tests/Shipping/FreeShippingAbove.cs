using Commerce.Core.Shipping;
using Commerce.Core.Promotions;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Shipping;

public class FreeShippingAbove
{
    private static ShippingMethod FreeAboveFifty()
    {
        var method = FlatShipping(5.99m);
        method.OfferFreeAbove(50m);
        return method;
    }

    [Fact]
    public void ThresholdUsesDiscountedSubtotal()
    {
        // $55 less 10% is $49.50: under the $50 threshold.
        var quote = Priced(CartOf(Line("Hoodie", 55m)) with { Coupon = PercentOff(10), ShippingMethod = FreeAboveFifty() });

        Assert.Equal(new ShippingQuote.Charged(Usd(5.99m)), quote.ShippingQuote);
        Assert.Equal(Usd(55.49m), quote.Total);
    }

    [Fact]
    public void ASubtotalExactlyAtTheThresholdShipsFree()
    {
        var quote = Priced(CartOf(Line("Hoodie", 25m, quantity: 2)) with { ShippingMethod = FreeAboveFifty() });

        Assert.Equal(new ShippingQuote.Free(FreeShippingReason.AboveThreshold, Usd(5.99m)), quote.ShippingQuote);
        Assert.Equal(Usd(50.00m), quote.Total);
    }

    [Fact]
    public void WeightTiersAreWaivedAboveTheThresholdToo()
    {
        var method = WeightShipping();
        method.OfferFreeAbove(100m);

        var quote = Priced(CartOf(Line("Boots", 120m, grams: 2_000)) with { ShippingMethod = method });

        Assert.Equal(new ShippingQuote.Free(FreeShippingReason.AboveThreshold, Usd(9.99m)), quote.ShippingQuote);
    }
}
