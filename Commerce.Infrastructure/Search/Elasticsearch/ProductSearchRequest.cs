using Commerce.Core.Catalog.Search;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>One facet group of a listing: its URL key, label, index field and what the shopper selected in it.</summary>
internal sealed record FacetGroup(string Key, string Label, string Field, IReadOnlyList<string> Selected)
{
    public string AggregationName => "facet_" + Key;
}

/// <summary>
/// Turns a <see cref="ProductQuery"/> into one search request. Text, category and "in stock" narrow everything, so
/// they sit in the query; facet selections and the price range sit in post_filter, and each facet's aggregation
/// is filtered by every selection except its own. That is what makes facets disjunctive: ticking "M" still shows
/// how many products come in "L".
/// </summary>
internal static class ProductSearchRequest
{
    public const string VendorKey = "vendor";
    public const string PriceAggregation = "price";
    public const string ValuesAggregation = "values";
    public const string LabelAggregation = "label";
    public const string MinAggregation = "min";
    public const string MaxAggregation = "max";
    private const int MaxFacetValues = 100;
    private const float ExactSkuBoost = 10;

    public static readonly string[] TextFields =
    [
        $"{ProductFields.Name}^4", $"{ProductFields.Skus}^3", $"{ProductFields.VendorName}^2", $"{ProductFields.CategoryNames}^2",
        ProductFields.ShortDescription, ProductFields.Description,
    ];

    private static readonly string[] CardFields =
    [
        ProductFields.Id, ProductFields.Slug, ProductFields.Name, ProductFields.VendorName, ProductFields.ImageUrl, ProductFields.ImageAlt,
        ProductFields.PriceMin, ProductFields.PriceMax, ProductFields.CompareAt, ProductFields.Currency, ProductFields.InStock,
    ];

    public static SearchRequest Build(ProductQuery query, string index)
    {
        var groups = FacetGroups(query);
        var refinements = groups.Where(g => g.Selected.Count > 0).ToDictionary(g => g.Key, g => Terms(g.Field, g.Selected));
        if (PriceRange(query) is { } price) refinements[PriceAggregation] = price;

        // A page past the result window would be refused; answer it with counts and facets but no items.
        var beyondWindow = query.Offset + query.PageSize > ProductIndexMapping.MaxResultWindow;
        var aggregations = groups.ToDictionary(g => g.AggregationName, g => FacetAggregation(g, AllBut(refinements, g.Key)));
        aggregations[PriceAggregation] = new Aggregation
        {
            Filter = AllBut(refinements, PriceAggregation),
            Aggregations = new Dictionary<string, Aggregation>
            {
                [MinAggregation] = new MinAggregation { Field = ProductFields.PriceMin },
                [MaxAggregation] = new MaxAggregation { Field = ProductFields.PriceMin },
            },
        };

        return new SearchRequest(index)
        {
            Query = MainQuery(query),
            PostFilter = refinements.Count == 0 ? null : (Query)new BoolQuery { Filter = [.. refinements.Values] },
            Aggregations = aggregations,
            Sort = Sort(query.EffectiveSort),
            From = beyondWindow ? 0 : query.Offset,
            Size = beyondWindow ? 0 : query.PageSize,
            TrackTotalHits = true,
            Source = new SourceFilter { Includes = CardFields },
        };
    }

    /// <summary>Size and Colour always (in that order), any other option the query names, then vendor.</summary>
    public static IReadOnlyList<FacetGroup> FacetGroups(ProductQuery query)
    {
        var optionNames = ProductQueryString.OptionNames
            .Concat(query.Options.Keys)
            .DistinctBy(name => name, StringComparer.OrdinalIgnoreCase);
        var groups = optionNames
            .Select(name => new FacetGroup(name.ToLowerInvariant(), name, ProductFields.Option(name, query.InStockOnly),
                query.Options.FirstOrDefault(o => string.Equals(o.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? []))
            .ToList();
        groups.Add(new FacetGroup(VendorKey, "Vendor", ProductFields.VendorSlug, query.VendorSlugs));
        return groups;
    }

    private static Query MainQuery(ProductQuery query)
    {
        var filters = new List<Query>();
        if (query.CategoryIds.Count > 0)
            filters.Add(new TermsQuery(ProductFields.CategoryIds, query.CategoryIds.Select(id => (FieldValue)id).ToArray()));
        if (query.InStockOnly)
            filters.Add(new TermQuery(ProductFields.InStock, true));
        if (!query.HasText)
            return new BoolQuery { Filter = filters };

        var text = query.Text!.Trim();
        return new BoolQuery
        {
            Must = [new MultiMatchQuery(text) { Fields = TextFields, Fuzziness = "AUTO" }],
            // An exact SKU beats any fuzzy name match.
            Should = [new TermQuery(ProductFields.Skus, text) { Boost = ExactSkuBoost }],
            Filter = filters,
        };
    }

    private static Aggregation FacetAggregation(FacetGroup group, Query filter)
    {
        var values = new TermsAggregation { Field = group.Field, Size = MaxFacetValues };
        var nested = new Dictionary<string, Aggregation> { [ValuesAggregation] = values };
        if (group.Key == VendorKey)
            nested[ValuesAggregation] = new Aggregation
            {
                Terms = values,
                // The slug is the filter value; the name is what the shopper reads.
                Aggregations = new Dictionary<string, Aggregation> { [LabelAggregation] = new TermsAggregation { Field = ProductFields.VendorNameRaw, Size = 1 } },
            };
        return new Aggregation { Filter = filter, Aggregations = nested };
    }

    private static Query AllBut(Dictionary<string, Query> refinements, string key)
    {
        var others = refinements.Where(r => r.Key != key).Select(r => r.Value).ToList();
        return others.Count == 0 ? new MatchAllQuery() : new BoolQuery { Filter = others };
    }

    private static Query Terms(string field, IReadOnlyList<string> values) =>
        new TermsQuery(field, values.Select(v => (FieldValue)v).ToArray());

    private static Query? PriceRange(ProductQuery query)
    {
        if (query.MinPrice is null && query.MaxPrice is null) return null;
        return new NumberRangeQuery(ProductFields.PriceMin)
        {
            Gte = query.MinPrice is { } min ? (double)min : null,
            Lte = query.MaxPrice is { } max ? (double)max : null,
        };
    }

    /// <summary>Every order ends on the id, so equal keys page stably.</summary>
    private static List<SortOptions> Sort(ProductSort sort) => sort switch
    {
        ProductSort.Relevance => [new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } }, By(ProductFields.Id, SortOrder.Asc)],
        ProductSort.PriceLowHigh => [By(ProductFields.PriceMin, SortOrder.Asc), By(ProductFields.Id, SortOrder.Asc)],
        ProductSort.PriceHighLow => [By(ProductFields.PriceMin, SortOrder.Desc), By(ProductFields.Id, SortOrder.Asc)],
        ProductSort.BestSelling => [By(ProductFields.SalesCount, SortOrder.Desc), By(ProductFields.Id, SortOrder.Asc)],
        _ => [By(ProductFields.PublishedAt, SortOrder.Desc), By(ProductFields.Id, SortOrder.Desc)],
    };

    private static SortOptions By(string field, SortOrder order) => new FieldSort(field) { Order = order };
}
