using System.Text;
using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// What a shopper typed, made safe to bind as a parameter: no control characters (PostgreSQL refuses NUL),
/// no lone surrogates (Npgsql refuses to encode them), at most <see cref="ProductQuery.MaxTextLength"/> characters.
/// ProductQuery does the same for URLs; this also covers queries built in code.
/// </summary>
internal sealed record SearchText
{
    private SearchText(string value) => Value = value;

    public string Value { get; }

    /// <summary>The text with LIKE's wildcards and escape character escaped, for "contains" and "starts with".</summary>
    public string LikeEscaped => Value.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    /// <summary>
    /// The text as a SKU (upper case) when it looks like one: a single token of letters, digits, '-', '_', '.' with at
    /// least one digit or separator. A plain word ("leather") is left to the word search: matching it as a SKU prefix
    /// as well would scan the SKU index for every one-word search.
    /// </summary>
    public string? Sku =>
        Value.Length is >= 2 and <= 64
        && Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
        && Value.Any(c => char.IsAsciiDigit(c) || c is '-' or '_' or '.')
            ? Value.ToUpperInvariant()
            : null;

    /// <summary>
    /// pg_trgm word similarity needed for a typo match. Short words share too few trigrams to tell a typo from another
    /// word ("tea" and "tee" score 0.5), so they must match more closely; 0.5 lets "tshrt" find "t-shirt".
    /// </summary>
    public string SimilarityThreshold => Value.Count(char.IsLetterOrDigit) <= 3 ? "0.6" : "0.5";

    public static SearchText? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var builder = new StringBuilder(Math.Min(text.Length, ProductQuery.MaxTextLength));
        for (var i = 0; i < text.Length && builder.Length < ProductQuery.MaxTextLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (builder.Length + 2 > ProductQuery.MaxTextLength) break;
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsControl(c)) builder.Append(' ');
            else if (!char.IsSurrogate(c)) builder.Append(c);
        }
        var cleaned = builder.ToString().Trim();
        return cleaned.Length == 0 ? null : new SearchText(cleaned);
    }

    /// <summary>A filter value (vendor slug, option name or value) cleaned the same way; empty, so matching nothing, when nothing is left.</summary>
    public static string Clean(string? value) => From(value)?.Value ?? "";
}
