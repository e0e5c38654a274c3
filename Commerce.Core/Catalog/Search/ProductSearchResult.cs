using Commerce.Core.Common;

namespace Commerce.Core.Catalog.Search;

/// <summary>One product card in a listing; prices are the cheapest purchasable variant's.</summary>
public sealed record ProductSummary(
    int Id,
    string Slug,
    string Name,
    string VendorName,
    string? ImageUrl,
    string? ImageAlt,
    Money Price,
    Money? CompareAtPrice,
    bool HasPriceRange,
    bool InStock);

public sealed record FacetValue(string Value, string Label, int Count, bool Selected);

/// <summary>A filter group with counts, e.g. Size: S (12), M (30). Counts ignore the group's own selection.</summary>
public sealed record Facet(string Key, string Label, IReadOnlyList<FacetValue> Values);

public sealed record PriceBounds(decimal Min, decimal Max);

public sealed record ProductSearchResult(
    IReadOnlyList<ProductSummary> Items,
    int TotalCount,
    int Page,
    int PageSize,
    IReadOnlyList<Facet> Facets,
    PriceBounds? PriceBounds)
{
    /// <summary>
    /// Set when the text as typed found nothing and these results are for it with its misspelt words corrected:
    /// the page says "Did you mean …".
    /// </summary>
    public string? CorrectedText { get; init; }

    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;

    public static ProductSearchResult Empty(ProductQuery query) => new([], 0, query.Page, query.PageSize, [], null);
}

public enum SuggestionKind
{
    Product,
    Category,
}

public sealed record SearchSuggestion(SuggestionKind Kind, string Label, string Url, string? ImageUrl, Money? Price);
