using Commerce.Core.Pricing;
using Commerce.Core.Shipping;

using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Tax;

public class TaxEstimate
{
    [Fact]
    public void WithoutADestinationTaxIsZeroAndMarkedEstimated()
    {
        var quote = Priced(CartOf(Line("Hoodie", 40m)) with { ShippingMethod = FlatShipping(5m), TaxRates = [CaliforniaTax] });

        Assert.Equal(Usd(0m), quote.Tax);
        Assert.True(quote.TaxIsEstimated);
        Assert.False(quote.IsReadyToOrder);
    }

    [Fact]
    public void WithADestinationTaxIsFinal()
    {
        var quote = Priced(CartOf(Line("Hoodie", 40m)) with { ShippingMethod = FlatShipping(5m), Destination = California, TaxRates = [CaliforniaTax] });

        Assert.Equal(Usd(2.90m), quote.Tax);
        Assert.False(quote.TaxIsEstimated);
        Assert.True(quote.IsReadyToOrder);
    }
}
