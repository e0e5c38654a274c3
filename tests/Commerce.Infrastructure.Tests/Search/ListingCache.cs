using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Infrastructure.Search;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Infrastructure.Tests.Search;

public sealed class ListingCache
{
    private static readonly ProductQuery Shoes = new() { CategoryIds = [7], Sort = ProductSort.PriceLowHigh };
    private readonly CountingSearch _engine = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-11-25T12:00:00Z"));
    private readonly CachedProductSearch _search;

    public ListingCache() =>
        _search = new CachedProductSearch(_engine, new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }), new ListingCacheOptions(), _clock);

    [Fact]
    public async Task TheSameListingIsServedFromCacheAndADifferentOneIsCountedAgain()
    {
        await _search.SearchAsync(Shoes);
        await _search.SearchAsync(Shoes with { });
        await _search.SearchAsync(Shoes with { CategoryIds = [8] });

        Assert.Equal(2, _engine.Counts);
        Assert.Equal(0, _engine.Pages);
    }

    [Fact]
    public async Task OtherSortsAndPagesOfAViewReuseItsCountsAndReadOnlyTheirPage()
    {
        await _search.SearchAsync(Shoes);

        var page2 = await _search.SearchAsync(Shoes.WithPage(2));
        var newest = await _search.SearchAsync(Shoes with { Sort = ProductSort.Newest });

        Assert.Equal((1, 2), (_engine.Counts, _engine.Pages));
        Assert.Equal(2, page2.Page);
        Assert.Equal(CountingSearch.Total, page2.TotalCount);
        Assert.Equal("size", Assert.Single(newest.Facets).Key);
    }

    [Fact]
    public async Task FiltersAreCountedApart()
    {
        await _search.SearchAsync(Shoes);
        await _search.SearchAsync(Shoes with { InStockOnly = true });
        await _search.SearchAsync(Shoes with { Options = new Dictionary<string, IReadOnlyList<string>> { ["Size"] = ["M"] } });

        Assert.Equal(3, _engine.Counts);
    }

    [Fact]
    public async Task StaleCountsAreServedWhileOneRecountRunsInTheBackground()
    {
        await _search.SearchAsync(Shoes);
        _engine.Total2 = 99;
        _clock.Advance(TimeSpan.FromSeconds(31));

        var stale = await _search.SearchAsync(Shoes.WithPage(2));
        // The recount runs in the background: read further pages (each misses the page cache) until its counts show.
        var fresh = stale;
        for (var page = 3; page < 500 && fresh.TotalCount != 99; page++)
        {
            await Task.Delay(10);
            fresh = await _search.SearchAsync(Shoes.WithPage(page));
        }

        Assert.Equal(CountingSearch.Total, stale.TotalCount);
        Assert.Equal(99, fresh.TotalCount);
        Assert.Equal(2, _engine.Counts);
    }

    [Fact]
    public async Task ViewsGoingStaleTogetherAreRecountedOneAtATime()
    {
        var views = Enumerable.Range(1, 5).Select(i => Shoes with { CategoryIds = [i] }).ToList();
        foreach (var view in views) await _search.SearchAsync(view);
        _clock.Advance(TimeSpan.FromSeconds(31));
        _engine.CountTime = TimeSpan.FromMilliseconds(30);

        foreach (var view in views) await _search.SearchAsync(view.WithPage(2));
        await _engine.WaitForCountsAsync(10);

        Assert.Equal(10, _engine.Counts);
        Assert.Equal(1, _engine.MostCountsAtOnce);
    }

    [Fact]
    public async Task ZeroLifetimesSwitchTheCacheOff()
    {
        var options = new ListingCacheOptions { PageLifetime = TimeSpan.Zero, CountsKeptFor = TimeSpan.Zero };
        var search = new CachedProductSearch(_engine, new MemoryCache(new MemoryCacheOptions { SizeLimit = 100 }), options, _clock);

        await search.SearchAsync(Shoes);
        await search.SearchAsync(Shoes);

        Assert.Equal((2, 0), (_engine.Counts, _engine.Pages));
    }

    [Fact]
    public async Task CountsAreDroppedOnceTooOld()
    {
        await _search.SearchAsync(Shoes);
        _clock.Advance(TimeSpan.FromMinutes(11));

        await _search.SearchAsync(Shoes.WithPage(2));

        Assert.Equal((2, 0), (_engine.Counts, _engine.Pages));
    }

    [Fact]
    public async Task ShoppersOpeningAnUncountedViewTogetherWaitForOneCount()
    {
        _engine.Gate = new TaskCompletionSource();
        var first = _search.SearchAsync(Shoes);
        var others = Enumerable.Range(2, 9).Select(page => _search.SearchAsync(Shoes.WithPage(page))).ToList();
        _engine.Gate.SetResult();

        await Task.WhenAll([first, .. others]);

        Assert.Equal((1, 9), (_engine.Counts, _engine.Pages));
    }

    [Fact]
    public async Task AFailedCountLetsTheNextShopperCountAgain()
    {
        _engine.FailNext = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() => _search.SearchAsync(Shoes));

        var result = await _search.SearchAsync(Shoes);

        Assert.Equal(CountingSearch.Total, result.TotalCount);
    }

    private sealed class CountingSearch : IPagedProductSearch
    {
        public const int Total = 40;
        private int _counts;
        private int _pages;

        public int Counts => _counts;
        public int Pages => _pages;
        public int? Total2 { get; set; }
        public TaskCompletionSource? Gate { get; set; }
        public bool FailNext { get; set; }

        public TimeSpan CountTime { get; set; }
        public int MostCountsAtOnce { get; private set; }
        private int _counting;

        public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _counts);
            var atOnce = Interlocked.Increment(ref _counting);
            if (CountTime > TimeSpan.Zero) MostCountsAtOnce = Math.Max(MostCountsAtOnce, atOnce);
            try
            {
                if (CountTime > TimeSpan.Zero) await Task.Delay(CountTime, cancellationToken);
                if (Gate is not null) await Gate.Task;
            }
            finally
            {
                Interlocked.Decrement(ref _counting);
            }
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("database went away");
            }
            var size = new Facet("size", "Size", [new FacetValue("M", "M", 3, false)]);
            return new ProductSearchResult(Items(), Total2 ?? Total, query.Page, query.PageSize, [size], null);
        }

        public Task<ListingPage> PageAsync(ProductQuery query, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _pages);
            return Task.FromResult(new ListingPage(Items(), query.Page, query.PageSize));
        }

        public async Task WaitForCountsAsync(int expected)
        {
            for (var i = 0; i < 1000 && Volatile.Read(ref _counts) < expected; i++) await Task.Delay(10);
        }

        public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<SearchSuggestion>>([]);

        private static IReadOnlyList<ProductSummary> Items() =>
            [new ProductSummary(1, "a", "A", "V", null, null, new Money(1, "USD"), null, false, true)];
    }
}
