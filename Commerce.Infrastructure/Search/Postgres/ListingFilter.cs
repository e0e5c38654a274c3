using Commerce.Core.Catalog.Search;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// A <see cref="ProductQuery"/> as SQL conditions over <c>product_search s</c>. The SQL text is assembled only from
/// the fixed fragments below; every value from the shopper is a parameter (see <see cref="AddParameters"/>).
/// </summary>
/// <remarks>
/// Conditions come in two kinds. <see cref="Scope"/> (category, text, in stock) narrows everything, facets
/// included. <see cref="Refinements"/> (each option, vendor, price) are what facets are disjunctive over: a facet's
/// counts apply every refinement except its own, so ticking size M still shows how many come in L.
/// </remarks>
internal sealed class ListingFilter
{
    public const string VendorKey = "vendor";
    public const string PriceKey = "price";

    private readonly List<(string Name, object Value, NpgsqlDbType Type)> _parameters = [];

    /// <param name="closeSpellings">
    /// Also match names that are spelled close to the text (pg_trgm). Costly over a large catalog, so the search asks
    /// for it only when the words alone find less than a page (see <see cref="PostgresProductSearch"/>).
    /// </param>
    /// <param name="rankBySpelling">
    /// Rank by closeness of spelling as well (what close spellings always do): for a corrected text, whose few matches
    /// are cheap to rank, so it ranks as the same words spelt right would.
    /// </param>
    public ListingFilter(ProductQuery query, bool closeSpellings, bool rankBySpelling = false)
    {
        Text = SearchText.From(query.Text);
        CloseSpellings = closeSpellings && Text is not null;
        RankBySpelling = (closeSpellings || rankBySpelling) && Text is not null;
        // With "in stock only", an option filter means "has an in-stock variant in that size".
        OptionColumn = query.InStockOnly ? "s.in_stock_option_values" : "s.option_values";

        var scope = new List<string>();
        if (query.CategoryIds.Count > 0)
            scope.Add($"s.category_ids && {Add("category_ids", query.CategoryIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer)}");
        if (Text is not null) scope.Add(TextMatch());
        if (query.InStockOnly) scope.Add("s.in_stock");
        Scope = scope.Count == 0 ? "true" : string.Join(" AND ", scope);

        var refinements = new List<(string Key, string Sql)>();
        foreach (var (name, values) in query.Options.OrderBy(o => o.Key, StringComparer.OrdinalIgnoreCase))
        {
            var key = SearchText.Clean(name).ToLowerInvariant();
            var wanted = values.Select(v => OptionValue(key, SearchText.Clean(v))).Distinct().ToArray();
            if (wanted.Length == 0) continue;
            refinements.Add((key, $"{OptionColumn} && {Add("option", wanted, NpgsqlDbType.Array | NpgsqlDbType.Text)}"));
        }
        var vendors = query.VendorSlugs.Select(v => SearchText.Clean(v).ToLowerInvariant()).Distinct().ToArray();
        if (vendors.Length > 0)
            refinements.Add((VendorKey, $"s.vendor_slug = ANY ({Add("vendors", vendors, NpgsqlDbType.Array | NpgsqlDbType.Text)})"));
        var price = new List<string>();
        if (query.MinPrice is { } min) price.Add($"s.price_min >= {Add("min_price", min, NpgsqlDbType.Numeric)}");
        if (query.MaxPrice is { } max) price.Add($"s.price_min <= {Add("max_price", max, NpgsqlDbType.Numeric)}");
        if (price.Count > 0) refinements.Add((PriceKey, string.Join(" AND ", price)));
        Refinements = refinements;
    }

    public SearchText? Text { get; }
    public bool CloseSpellings { get; }
    public bool RankBySpelling { get; }
    public string OptionColumn { get; }
    public string Scope { get; }
    public IReadOnlyList<(string Key, string Sql)> Refinements { get; }

    /// <summary>Every condition: what the page of products and the total count use.</summary>
    public string All => string.Join(" AND ", [Scope, .. Refinements.Select(r => $"({r.Sql})")]);

    /// <summary>The value stored in option_values: the same lower-casing as search_option_pairs in the migration.</summary>
    public static string OptionValue(string name, string value) => $"{name.Trim().ToLowerInvariant()}:{value.Trim().ToLowerInvariant()}";

    /// <summary>Gives a command its own copies of the parameters (a parameter belongs to one command only).</summary>
    public void AddParameters(NpgsqlParameterCollection parameters)
    {
        foreach (var (name, value, type) in _parameters)
            parameters.Add(new NpgsqlParameter(name, type) { Value = value });
    }

    /// <summary>Most relevant first: an exact SKU, then a SKU prefix, then words (weighted by field) plus closeness of spelling.</summary>
    public string RelevanceOrder()
    {
        var order = new List<string>();
        if (Text?.Sku is not null) order.AddRange(["(s.skus @> ARRAY[@sku]::text[]) DESC", "(s.sku_text LIKE @sku_prefix) DESC"]);
        order.Add(RankBySpelling
            ? $"ts_rank(s.search_vector, {TsQuery}) + word_similarity({Folded}, s.search_text) DESC"
            : $"ts_rank(s.search_vector, {TsQuery}) DESC");
        return string.Join(", ", order);
    }

    private const string Folded = "search_fold(@text)";
    private const string TsQuery = "websearch_to_tsquery('english', search_fold(@text))";

    // Words (stemmed, accent-blind), or a close spelling of the name (pg_trgm, threshold set per search) when asked, or a SKU.
    private string TextMatch()
    {
        Add("text", Text!.Value, NpgsqlDbType.Text);
        var match = CloseSpellings ? $"s.search_vector @@ {TsQuery} OR s.search_text %> {Folded}" : $"s.search_vector @@ {TsQuery}";
        if (Text.Sku is { } sku)
        {
            Add("sku", sku, NpgsqlDbType.Text);
            Add("sku_prefix", $"% {Text.LikeEscaped.ToUpperInvariant()}%", NpgsqlDbType.Text);
            match += " OR s.skus @> ARRAY[@sku]::text[] OR s.sku_text LIKE @sku_prefix";
        }
        return $"({match})";
    }

    private string Add(string name, object value, NpgsqlDbType type)
    {
        var unique = _parameters.Any(p => p.Name == name) ? $"{name}_{_parameters.Count}" : name;
        _parameters.Add((unique, value, type));
        return "@" + unique;
    }
}
