namespace Commerce.Core.Common;

/// <summary>Stock keeping units are upper-case letters, digits and hyphens, unique across the store.</summary>
public static class Sku
{
    public static string Normalize(string? sku)
    {
        var value = (sku ?? "").Trim().ToUpperInvariant();
        if (value.Length is 0 or > 64 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw new DomainException($"'{sku}' is not a valid SKU (letters, digits, '-', '_' or '.', up to 64).");
        return value;
    }
}
