using Commerce.Core.Pricing;
using Commerce.Core.Tax;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Tax;

public class TaxRateSelection
{
    private static readonly TaxRate UnitedStates = new("US", null, 0.05m, "US sales tax");
    private static readonly TaxRate[] Rates = [UnitedStates, CaliforniaTax];

    [Fact]
    public void RegionRateBeatsCountryRate()
    {
        Assert.Same(CaliforniaTax, TaxCalculator.RateFor(California, Rates));
    }

    [Fact]
    public void FallsBackToTheCountryRateForOtherRegions()
    {
        Assert.Same(UnitedStates, TaxCalculator.RateFor(new Destination("US", "NY", "10001"), Rates));
    }

    [Fact]
    public void MatchesTheRegionWhateverItsCase()
    {
        Assert.Same(CaliforniaTax, TaxCalculator.RateFor(new Destination("us", " ca ", null), Rates));
    }

    [Fact]
    public void ACountryWithoutARateIsNotTaxed()
    {
        var quote = Priced(CartOf(Line("Classic Tee", 25m)) with { Destination = new Destination("GB", null, "SW1A 1AA"), TaxRates = Rates });

        Assert.Equal(Usd(0m), quote.Tax);
        Assert.False(quote.TaxIsEstimated);
    }
}
