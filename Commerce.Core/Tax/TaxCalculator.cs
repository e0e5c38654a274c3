using Commerce.Core.Common;
using Commerce.Core.Tax;
using Commerce.Core.Pricing;

namespace Commerce.Core.Tax;

/// <summary>
/// Sales tax on goods. Tax is charged per line on the line's discounted amount and rounded per line, so the order's
/// tax is exactly the sum of its lines' taxes. Shipping is not taxed: the store charges tax on goods only.
/// </summary>
public static class TaxCalculator
{
    /// <summary>The destination's rate: one for its region wins over the country-wide one; null when none applies.</summary>
    public static TaxRate? RateFor(Destination? destination, IEnumerable<TaxRate> rates)
    {
        if (destination is null) return null;
        var countryRates = rates.Where(rate => rate.CountryCode == destination.CountryCode).ToList();
        return countryRates.FirstOrDefault(rate => rate.Region is not null && rate.Region == destination.Region)
            ?? countryRates.FirstOrDefault(rate => rate.Region is null);
    }

    /// <summary>Tax on one line's discounted amount, rounded half away from zero to cents.</summary>
    public static Money TaxOn(Money discountedLineAmount, TaxRate? rate) =>
        rate is null ? Money.Zero(discountedLineAmount.Currency) : discountedLineAmount.Multiply(rate.Rate).Round();
}
