using Commerce.Core.Pricing;
using Commerce.Core.Shipping;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Shipping;

public class ShippingTiers
{
    private static ShippingQuote Shipping(PricingRequest cart, ShippingMethod? method = null) =>
        Priced(cart with { ShippingMethod = method ?? WeightShipping() }).ShippingQuote;

    [Fact]
    public void PicksSmallestTierThatFitsWeight()
    {
        Assert.Equal(new ShippingQuote.Charged(Usd(9.99m)), Shipping(CartOf(Line("Boots", 80m, quantity: 2, grams: 1_200))));
    }

    [Fact]
    public void AWeightExactlyAtATierLimitUsesThatTier()
    {
        Assert.Equal(new ShippingQuote.Charged(Usd(4.99m)), Shipping(CartOf(Line("Sneakers", 70m, grams: 1_000))));
    }

    [Fact]
    public void DigitalLinesWeighNothing()
    {
        var cart = CartOf(Line("Sneakers", 70m, grams: 800), Line("Audiobook", 15m, grams: 5_000, digital: true));

        Assert.Equal(new ShippingQuote.Charged(Usd(4.99m)), Shipping(cart));
    }

    [Fact]
    public void TiersAddedInAnyOrderStillPickTheSmallestFit()
    {
        var method = new ShippingMethod("ground", "Ground", "USPS", ShippingRateKind.WeightBased, Usd(0), 4, 7);
        method.AddWeightTier(20_000, 19.99m);
        method.AddWeightTier(1_000, 4.99m);
        method.AddWeightTier(5_000, 9.99m);

        Assert.Equal(new ShippingQuote.Charged(Usd(4.99m)), Shipping(CartOf(Line("Scarf", 30m, grams: 900)), method));
    }

    [Fact]
    public void HeavierThanEveryTierIsUnavailableWithAClearReason()
    {
        var quote = Shipping(CartOf(Line("Kettlebell", 60m, quantity: 3, grams: 8_000)));

        Assert.Equal(new ShippingQuote.Unavailable(ShippingUnavailableReason.TooHeavy,
            "Standard ships orders up to 20 kg; this order weighs 24 kg."), quote);
    }

    [Fact]
    public void AMethodWithoutTiersCannotPriceTheCart()
    {
        var method = new ShippingMethod("ground", "Ground", "USPS", ShippingRateKind.WeightBased, Usd(0), 4, 7);

        var quote = Assert.IsType<ShippingQuote.Unavailable>(Shipping(CartOf(Line("Scarf", 30m, grams: 900)), method));
        Assert.Equal(ShippingUnavailableReason.NoWeightTiers, quote.Reason);
    }
}
