using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Infrastructure.Search;
using Microsoft.Extensions.Caching.Memory;

namespace Commerce.Infrastructure.Tests.Search;

public sealed class ListingCache
{
    [Fact]
    public async Task TheSameListingIsServedFromCacheAndADifferentOneIsNot()
    {
        var engine = new CountingSearch();
        var search = new CachedProductSearch(engine, new MemoryCache(new MemoryCacheOptions { SizeLimit = 10 }));
        var shoes = new ProductQuery { CategoryIds = [7], Sort = ProductSort.PriceLowHigh };

        await search.SearchAsync(shoes);
        await search.SearchAsync(shoes with { });
        await search.SearchAsync(shoes.WithPage(2));
        await search.SearchAsync(shoes with { CategoryIds = [8] });

        Assert.Equal(3, engine.Searches);
    }

    private sealed class CountingSearch : IProductSearch
    {
        public int Searches { get; private set; }

        public Task<ProductSearchResult> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
        {
            Searches++;
            return Task.FromResult(new ProductSearchResult([new ProductSummary(1, "a", "A", "V", null, null, new Money(1, "USD"), null, false, true)], 1, query.Page, query.PageSize, [], null));
        }

        public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SearchSuggestion>>([]);
    }
}
