namespace Commerce.Core.Catalog.Search;

/// <summary>
/// The store's search contract: category listings and text search both go through it, so a listing behaves the
/// same whichever engine serves it (PostgreSQL by default, Elasticsearch at scale).
/// </summary>
public interface IProductSearch
{
    Task<ProductSearchResult> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default);

    /// <summary>Products and categories for the header's autocomplete; empty below two characters.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default);
}

/// <summary>Keeps an external index in step with the catalog. PostgreSQL search needs none: its index is the data.</summary>
public interface IProductIndexer
{
    Task IndexProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken = default);
    Task<int> ReindexAllAsync(CancellationToken cancellationToken = default);
}
