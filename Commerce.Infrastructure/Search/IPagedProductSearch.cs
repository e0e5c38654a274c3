using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Search;

/// <summary>
/// An engine that can also read just a page of products, without counting the facets again: what
/// <see cref="CachedProductSearch"/> asks for when it still holds the listing's counts.
/// </summary>
public interface IPagedProductSearch : IProductSearch
{
    Task<ListingPage> PageAsync(ProductQuery query, CancellationToken cancellationToken = default);
}

/// <summary>A page of product cards; page and size as the engine clamped them.</summary>
public sealed record ListingPage(IReadOnlyList<ProductSummary> Items, int Page, int PageSize)
{
    /// <summary>The text the page was searched with when the shopper's had misspelt words (see <see cref="ProductSearchResult.CorrectedText"/>).</summary>
    public string? CorrectedText { get; init; }
}
