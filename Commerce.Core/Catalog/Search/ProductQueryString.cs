using System.Globalization;
using System.Text;

namespace Commerce.Core.Catalog.Search;

/// <summary>Reads and writes a <see cref="ProductQuery"/> as URL parameters: q, sort, page, min, max, instock, vendor, and one per option.</summary>
public static class ProductQueryString
{
    private static readonly string[] Reserved = ["q", "sort", "page", "min", "max", "instock", "vendor"];
    public static readonly IReadOnlyList<string> OptionNames = ["Size", "Colour"];

    public static ProductQuery Parse(IEnumerable<KeyValuePair<string, string?[]>> parameters, IReadOnlyList<int>? categoryIds = null)
    {
        var values = parameters
            .GroupBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Value).OfType<string>().Select(Clean).Where(v => v.Length > 0).ToList(),
                StringComparer.OrdinalIgnoreCase);
        string? First(string key) => values.TryGetValue(key, out var list) && list.Count > 0 ? list[0] : null;

        var options = OptionNames
            .Where(name => values.ContainsKey(name.ToLowerInvariant()))
            .ToDictionary(name => name, name => (IReadOnlyList<string>)values[name.ToLowerInvariant()].Distinct(StringComparer.OrdinalIgnoreCase).Take(20).ToList(),
                StringComparer.OrdinalIgnoreCase);

        var min = ParsePrice(First("min"));
        var max = ParsePrice(First("max"));
        if (min is { } lo && max is { } hi && lo > hi) (min, max) = (max, min);

        return new ProductQuery
        {
            Text = NormalizeText(First("q")),
            CategoryIds = categoryIds ?? [],
            Options = options.Where(o => o.Value.Count > 0).ToDictionary(o => o.Key, o => o.Value, StringComparer.OrdinalIgnoreCase),
            VendorSlugs = values.GetValueOrDefault("vendor")?.Distinct().Take(20).ToList() ?? [],
            MinPrice = min,
            MaxPrice = max,
            InStockOnly = First("instock") is "1" or "true" or "on",
            Sort = ProductSortNames.Parse(First("sort")) ?? ProductSort.Relevance,
            Page = int.TryParse(First("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, ProductQuery.MaxPage) : 1,
        };
    }

    /// <summary>The query as a URL query string (with leading '?', or empty), in a stable order so links are canonical.</summary>
    public static string Write(ProductQuery query)
    {
        var pairs = new List<(string Key, string Value)>();
        if (query.HasText) pairs.Add(("q", query.Text!));
        foreach (var (name, selected) in query.Options.OrderBy(o => o.Key, StringComparer.OrdinalIgnoreCase))
            pairs.AddRange(selected.Order(StringComparer.OrdinalIgnoreCase).Select(v => (name.ToLowerInvariant(), v)));
        pairs.AddRange(query.VendorSlugs.Order(StringComparer.OrdinalIgnoreCase).Select(v => ("vendor", v)));
        if (query.MinPrice is { } min) pairs.Add(("min", min.ToString(CultureInfo.InvariantCulture)));
        if (query.MaxPrice is { } max) pairs.Add(("max", max.ToString(CultureInfo.InvariantCulture)));
        if (query.InStockOnly) pairs.Add(("instock", "1"));
        if (query.Sort != ProductSort.Relevance) pairs.Add(("sort", query.Sort.Key()));
        if (query.Page > 1) pairs.Add(("page", query.Page.ToString(CultureInfo.InvariantCulture)));
        if (pairs.Count == 0) return "";
        var builder = new StringBuilder("?");
        builder.AppendJoin('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
        return builder.ToString();
    }

    /// <summary>The same view with one filter value switched on or off (and back to page 1).</summary>
    public static ProductQuery Toggle(ProductQuery query, string facetKey, string value)
    {
        if (string.Equals(facetKey, "vendor", StringComparison.OrdinalIgnoreCase))
            return query with { VendorSlugs = ToggleIn(query.VendorSlugs, value), Page = 1 };
        var name = OptionNames.FirstOrDefault(n => string.Equals(n, facetKey, StringComparison.OrdinalIgnoreCase)) ?? facetKey;
        var options = new Dictionary<string, IReadOnlyList<string>>(query.Options, StringComparer.OrdinalIgnoreCase);
        var next = ToggleIn(options.GetValueOrDefault(name) ?? [], value);
        if (next.Count == 0) options.Remove(name); else options[name] = next;
        return query with { Options = options, Page = 1 };
    }

    public static bool IsReserved(string key) => Reserved.Contains(key, StringComparer.OrdinalIgnoreCase);

    private static List<string> ToggleIn(IReadOnlyList<string> list, string value) =>
        list.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? list.Where(v => !string.Equals(v, value, StringComparison.OrdinalIgnoreCase)).ToList()
            : [.. list, value];

    /// <summary>Trims, drops control characters (tabs and line breaks become spaces) and caps the length, so any input is a harmless search.</summary>
    public static string? NormalizeText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var cleaned = new string(text.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c)).Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        cleaned = Cap(cleaned).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string Clean(string value) => Cap(value).Trim();

    // Never keeps half of a surrogate pair (an emoji at the limit): a lone surrogate cannot be encoded as UTF-8.
    private static string Cap(string value)
    {
        if (value.Length <= ProductQuery.MaxTextLength) return value;
        var cut = value[..ProductQuery.MaxTextLength];
        return char.IsHighSurrogate(cut[^1]) ? cut[..^1] : cut;
    }

    private static decimal? ParsePrice(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0 && value < 1_000_000
            ? Math.Round(value, 2) : null;
}
