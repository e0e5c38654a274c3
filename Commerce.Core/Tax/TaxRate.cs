using Commerce.Core.Common;

namespace Commerce.Core.Tax;

/// <summary>A sales tax rate for a country, or for one region of it (a region rate wins over the country's).</summary>
public class TaxRate
{
    private TaxRate() { }

    public TaxRate(string countryCode, string? region, decimal rate, string name)
    {
        CountryCode = Guard.NotBlank(countryCode, "Country", 2).ToUpperInvariant();
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim().ToUpperInvariant();
        Rate = rate is >= 0 and < 1 ? rate : throw new DomainException("A tax rate is a fraction between 0 and 1.");
        Name = Guard.NotBlank(name, "Tax name", 50);
    }

    public int Id { get; private set; }
    public string CountryCode { get; private set; } = "";
    public string? Region { get; private set; }
    public decimal Rate { get; private set; }
    public string Name { get; private set; } = "";
}
