using Commerce.Core.Shipping;

using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Shipping;

public class FlatRateShipping
{
    [Fact]
    public void ChargesTheFlatRateWhateverTheWeight()
    {
        var quote = Priced(CartOf(Line("Cast Iron Pan", 60m, quantity: 10, grams: 3_000)) with { ShippingMethod = FlatShipping(5.99m) });

        Assert.Equal(new ShippingQuote.Charged(Usd(5.99m)), quote.ShippingQuote);
        Assert.Equal(Usd(605.99m), quote.Total);
    }
}
