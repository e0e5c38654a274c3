using Commerce.Core.Common;

namespace Commerce.Core.Pricing;

/// <summary>Where the order goes: enough of an address to choose shipping and tax. Codes are kept upper-case.</summary>
public sealed record Destination(string CountryCode, string? Region, string? PostalCode)
{
    public string CountryCode { get; init => field = Country(value); } = Country(CountryCode);
    public string? Region { get; init => field = RegionCode(value); } = RegionCode(Region);

    public static Destination Of(Address address) => new(address.CountryCode, address.Region, address.PostalCode);

    private static string Country(string code) => Guard.NotBlank(code, "Country", 2).ToUpperInvariant();
    private static string? RegionCode(string? region) => string.IsNullOrWhiteSpace(region) ? null : region.Trim().ToUpperInvariant();
}
