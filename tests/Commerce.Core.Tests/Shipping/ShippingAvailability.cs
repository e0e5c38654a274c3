using Commerce.Core.Common;
using Commerce.Core.Pricing;
using Commerce.Core.Shipping;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Shipping;

public class ShippingAvailability
{
    private static ShippingQuote.Unavailable Unavailable(ShippingMethod? method, Destination? destination = null)
    {
        var quote = Priced(CartOf(Line("Classic Tee", 25m)) with { ShippingMethod = method, Destination = destination ?? California });
        return Assert.IsType<ShippingQuote.Unavailable>(quote.ShippingQuote);
    }

    [Fact]
    public void AnInactiveMethodIsUnavailable()
    {
        var express = FlatShipping(14.99m, "Express");
        express.Deactivate();

        Assert.Equal(new ShippingQuote.Unavailable(ShippingUnavailableReason.MethodInactive, "Express is no longer available."), Unavailable(express));
    }

    [Fact]
    public void AMethodThatDoesNotShipToTheCountryIsUnavailable()
    {
        var express = FlatShipping(14.99m, "Express");
        express.ShipTo(["US", "CA"]);

        Assert.Equal(new ShippingQuote.Unavailable(ShippingUnavailableReason.DoesNotShipToCountry, "Express doesn't ship to FR."),
            Unavailable(express, new Destination("fr", null, null)));
    }

    [Fact]
    public void ACountryRestrictedMethodNeedsADestination()
    {
        var express = FlatShipping(14.99m, "Express");
        express.ShipTo(["US"]);

        var quote = Priced(CartOf(Line("Classic Tee", 25m)) with { ShippingMethod = express });

        Assert.Equal(ShippingUnavailableReason.DestinationNeeded, Assert.IsType<ShippingQuote.Unavailable>(quote.ShippingQuote).Reason);
    }

    [Fact]
    public void AMethodPricedInAnotherCurrencyIsUnavailable()
    {
        var euros = new ShippingMethod("eu", "EU Post", "DHL", ShippingRateKind.Flat, new Money(4m, "EUR"), 2, 4);

        Assert.Equal(ShippingUnavailableReason.CurrencyMismatch, Unavailable(euros).Reason);
    }

    [Fact]
    public void NoMethodChosenLeavesShippingOutOfTheTotalUntilChosen()
    {
        var quote = Priced(CartOf(Line("Classic Tee", 25m)) with { Destination = California });

        Assert.Equal(new ShippingQuote.Unavailable(ShippingUnavailableReason.NoMethodChosen, "Choose a shipping method."), quote.ShippingQuote);
        Assert.Equal(Usd(0m), quote.Shipping);
        Assert.Equal(Usd(25.00m), quote.Total);
        Assert.False(quote.IsReadyToOrder);
    }

    [Fact]
    public void ADigitalOnlyCartShipsFreeWithoutAMethod()
    {
        var quote = Priced(CartOf(Line("E-book", 9.99m, digital: true), Line("Gift Card", 25m, digital: true)) with { Destination = California });

        Assert.Equal(new ShippingQuote.Free(FreeShippingReason.DigitalOnly, Usd(0m)), quote.ShippingQuote);
        Assert.True(quote.IsReadyToOrder);
    }
}
