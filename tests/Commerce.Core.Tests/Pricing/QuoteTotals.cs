using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Pricing;
using Commerce.Core.Shipping;
using Commerce.Core.Promotions;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Pricing;

public class QuoteTotals
{
    private const int Apparel = 10, Mugs = 21;

    /// <summary>Three lines, a 15% coupon that excludes mugs, weight-tier shipping and California tax.</summary>
    private static PriceQuote Checkout()
    {
        var coupon = PercentOff(15);
        coupon.SetScope(excludedCategories: [Mugs]);
        var shipping = WeightShipping();
        shipping.OfferFreeAbove(100m);
        var cart = CartOf(
            Line("Classic Tee", 19.99m, quantity: 3, categories: [Apparel], grams: 200),
            Line("Canvas Tote", 24.50m, categories: [Apparel], grams: 300),
            Line("Enamel Mug", 12.75m, quantity: 2, categories: [Mugs], grams: 400));
        return Priced(cart with { Coupon = coupon, ShippingMethod = shipping, Destination = California, TaxRates = [CaliforniaTax] });
    }

    [Fact]
    public void AFullCheckoutAddsUpToTheCent()
    {
        var quote = Checkout();

        // 15% of the eligible $84.47 is $12.67; weights 59.97 : 24.50 give 8.995 and 3.675 before the leftover cent.
        Assert.Equal(new[] { Usd(9.00m), Usd(3.67m), Usd(0m) }, quote.Lines.Select(line => line.Discount));
        Assert.Equal(new[] { Usd(3.70m), Usd(1.51m), Usd(1.85m) }, quote.Lines.Select(line => line.Tax));
        Assert.Equal(Usd(109.97m), quote.Subtotal);
        Assert.Equal(Usd(12.67m), quote.Discount);
        // 1.7 kg is in the 5 kg tier; $97.30 after discount is under the $100 threshold.
        Assert.Equal(Usd(9.99m), quote.Shipping);
        Assert.Equal(Usd(7.06m), quote.Tax);
        Assert.Equal(Usd(114.35m), quote.Total);
    }

    [Fact]
    public void TotalIsSubtotalMinusDiscountPlusShippingPlusTax()
    {
        var quote = Checkout();

        Assert.Equal(quote.Subtotal - quote.Discount + quote.Shipping + quote.Tax, quote.Total);
        Assert.Equal(quote.Total - quote.Shipping, Money.Sum(quote.Lines.Select(line => line.Total), "USD"));
    }

    [Fact]
    public void EachLineTotalIsItsSubtotalLessDiscountPlusTax()
    {
        var tee = Checkout().Lines[0];

        Assert.Equal(new PricedLine(tee.VariantId, 3, Usd(19.99m), Usd(59.97m), Usd(9.00m), Usd(3.70m)), tee);
        Assert.Equal(Usd(54.67m), tee.Total);
    }

    [Fact]
    public void MapsToOrderTotals()
    {
        var totals = Checkout().ToOrderTotals();

        Assert.Equal(new OrderTotals(Usd(109.97m), Usd(12.67m), Usd(9.99m), Usd(7.06m)), totals);
        Assert.Equal(Usd(114.35m), totals.Total);
    }

    [Fact]
    public void RefusesOrderTotalsWhileShippingIsUnavailable()
    {
        var quote = Priced(CartOf(Line("Classic Tee", 25m)) with { Destination = California });

        Assert.Throws<DomainException>(quote.ToOrderTotals);
    }

    [Fact]
    public void AnEmptyCartCostsNothing()
    {
        var quote = Priced(CartOf() with { ShippingMethod = FlatShipping(5.99m), Destination = California });

        Assert.Empty(quote.Lines);
        Assert.Equal(Usd(0m), quote.Total);
    }

    [Fact]
    public void LineSubtotalsAreRoundedToCents()
    {
        var quote = Priced(CartOf(Line("Bulk Screws", 0.125m, quantity: 3)) with { ShippingMethod = FlatShipping(0m), Destination = California });

        Assert.Equal(Usd(0.38m), quote.Subtotal);
    }
}
