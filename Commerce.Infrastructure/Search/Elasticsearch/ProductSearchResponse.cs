using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Aggregations;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>Reads the response to a <see cref="ProductSearchRequest"/> back into the store's <see cref="ProductSearchResult"/>.</summary>
internal static class ProductSearchResponse
{
    public static ProductSearchResult Read(ProductQuery query, SearchResponse<ProductDocument> response)
    {
        var items = response.Hits.Select(h => h.Source).OfType<ProductDocument>().Select(Summary).ToList();
        var total = (int)Math.Min(response.Total, int.MaxValue);
        var facets = ProductSearchRequest.FacetGroups(query)
            .Select(group => Facet(group, response.Aggregations?.GetFilter(group.AggregationName)))
            .OfType<Facet>()
            .ToList();
        return new ProductSearchResult(items, total, query.Page, query.PageSize, facets, PriceBounds(response.Aggregations));
    }

    public static ProductSummary Summary(ProductDocument d) => new(
        d.Id, d.Slug, d.Name, d.VendorName, d.ImageUrl, d.ImageAlt,
        new Money(d.PriceMin, d.Currency),
        d.CompareAt is { } compareAt && compareAt > d.PriceMin ? new Money(compareAt, d.Currency) : null,
        d.PriceMax > d.PriceMin,
        d.InStock);

    private static Facet? Facet(FacetGroup group, FilterAggregate? aggregate)
    {
        var buckets = aggregate?.Aggregations?.GetStringTerms(ProductSearchRequest.ValuesAggregation)?.Buckets ?? [];
        var values = buckets
            .Select(b => (Value: Key(b.Key), Bucket: b))
            .Where(b => b.Value.Length > 0)
            .Select(b => new FacetValue(b.Value, Label(group, b.Value, b.Bucket), (int)b.Bucket.DocCount, IsSelected(group, b.Value)))
            .ToList();
        // A selected value the other filters have emptied stays listed (count 0), so the shopper can untick it.
        values.AddRange(group.Selected
            .Where(s => !values.Any(v => string.Equals(v.Value, s, StringComparison.OrdinalIgnoreCase)))
            .Select(s => new FacetValue(s, s, 0, true)));
        return values.Count == 0 ? null : new Facet(group.Key, group.Label, FacetValueOrder.Sort(group.Key, values));
    }

    private static string Label(FacetGroup group, string value, StringTermsBucket bucket) =>
        group.Key == ProductSearchRequest.VendorKey
            ? bucket.Aggregations?.GetStringTerms(ProductSearchRequest.LabelAggregation)?.Buckets.Select(b => Key(b.Key)).FirstOrDefault(k => k.Length > 0) ?? value
            : value;

    private static bool IsSelected(FacetGroup group, string value) =>
        group.Selected.Contains(value, StringComparer.OrdinalIgnoreCase);

    private static string Key(FieldValue key) => key.TryGetString(out var text) ? text ?? "" : key.ToString() ?? "";

    private static PriceBounds? PriceBounds(AggregateDictionary? aggregations)
    {
        var price = aggregations?.GetFilter(ProductSearchRequest.PriceAggregation)?.Aggregations;
        var min = price?.GetMin(ProductSearchRequest.MinAggregation)?.Value;
        var max = price?.GetMax(ProductSearchRequest.MaxAggregation)?.Value;
        return min is { } lo && max is { } hi ? new PriceBounds(Math.Round((decimal)lo, 2), Math.Round((decimal)hi, 2)) : null;
    }
}
