namespace Commerce.Core.Common;

/// <summary>An ISO 4217 currency code such as "USD". The store prices in one currency; every amount still carries it.</summary>
public static class Currency
{
    public const string Default = "USD";

    public static string Normalize(string? code)
    {
        var value = (code ?? "").Trim().ToUpperInvariant();
        if (value.Length != 3 || !value.All(char.IsAsciiLetterUpper))
            throw new DomainException($"'{code}' is not a three-letter currency code.");
        return value;
    }
}
