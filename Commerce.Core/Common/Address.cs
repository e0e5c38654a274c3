namespace Commerce.Core.Common;

/// <summary>A postal address as it was at the time of use; orders keep their own copy.</summary>
public sealed record Address(
    string FullName,
    string Line1,
    string? Line2,
    string City,
    string? Region,
    string PostalCode,
    string CountryCode,
    string? Phone)
{
    public string CountryCode { get; init; } = NormalizeCountry(CountryCode);

    private static string NormalizeCountry(string code)
    {
        var value = (code ?? "").Trim().ToUpperInvariant();
        return value.Length == 2 && value.All(char.IsAsciiLetterUpper)
            ? value
            : throw new DomainException($"'{code}' is not a two-letter country code.");
    }

    public IEnumerable<string> Lines()
    {
        yield return FullName;
        yield return Line1;
        if (!string.IsNullOrWhiteSpace(Line2)) yield return Line2;
        yield return string.Join(" ", new[] { PostalCode, City, Region }.Where(s => !string.IsNullOrWhiteSpace(s)));
        yield return CountryCode;
    }
}
