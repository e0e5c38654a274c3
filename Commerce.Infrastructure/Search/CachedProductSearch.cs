using Commerce.Core.Catalog.Search;
using Microsoft.Extensions.Caching.Memory;

namespace Commerce.Infrastructure.Search;

/// <summary>
/// Keeps a listing (products, facet counts, price bounds) for a few seconds. Facet counts over a large category are
/// the expensive part of a listing, and shoppers mostly open the same category pages; a count a few seconds old is
/// fine on a listing, while the product page always reads stock live.
/// </summary>
public sealed class CachedProductSearch(IProductSearch inner, IMemoryCache cache) : IProductSearch
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);

    public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        var key = $"listing:{string.Join(',', query.CategoryIds)}:{query.PageSize}:{ProductQueryString.Write(query)}";
        if (cache.TryGetValue(key, out ProductSearchResult? cached) && cached is not null) return cached;
        var result = await inner.SearchAsync(query, cancellationToken);
        cache.Set(key, result, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        return result;
    }

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default) =>
        inner.SuggestAsync(text, limit, cancellationToken);
}
