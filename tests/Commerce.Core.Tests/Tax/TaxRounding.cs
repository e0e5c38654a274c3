using Commerce.Core.Tax;
using Commerce.Core.Pricing;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Tax;

public class TaxRounding
{
    private static readonly TaxRate FivePercent = new("US", "CA", 0.05m, "Sales tax");

    [Fact]
    public void LineTaxesAddUpToHeaderTax()
    {
        // Each line's $0.005 rounds up to a cent, so the order pays $0.03, not 5% of $0.30 rounded ($0.02).
        var quote = Priced(CartOf(Line("Sticker", 0.10m), Line("Button", 0.10m), Line("Postcard", 0.10m))
            with { Destination = California, TaxRates = [FivePercent] });

        Assert.Equal(new[] { Usd(0.01m), Usd(0.01m), Usd(0.01m) }, quote.Lines.Select(line => line.Tax));
        Assert.Equal(Usd(0.03m), quote.Tax);
    }

    [Fact]
    public void EachLineRoundsHalfAwayFromZero()
    {
        var quote = Priced(CartOf(Line("Sticker", 0.50m)) with { Destination = California, TaxRates = [FivePercent] });

        Assert.Equal(Usd(0.03m), quote.Tax);
    }

    [Fact]
    public void TaxIsChargedOnTheDiscountedAmount()
    {
        // 7.25% of ($100 − $10) is $6.525.
        var quote = Priced(CartOf(Line("Boots", 100m)) with { Coupon = AmountOff(10), Destination = California, TaxRates = [CaliforniaTax] });

        Assert.Equal(Usd(6.53m), quote.Lines.Single().Tax);
        Assert.Equal(Usd(96.53m), quote.Total);
    }

    [Fact]
    public void ShippingIsNotTaxed()
    {
        var quote = Priced(CartOf(Line("Hoodie", 40m))
            with { ShippingMethod = FlatShipping(10m), Destination = California, TaxRates = [new TaxRate("US", null, 0.10m, "Tax")] });

        Assert.Equal(Usd(4.00m), quote.Tax);
        Assert.Equal(Usd(54.00m), quote.Total);
    }
}
