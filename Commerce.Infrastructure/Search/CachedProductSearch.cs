using System.ComponentModel.DataAnnotations;
using System.Collections.Concurrent;
using Commerce.Core.Catalog.Search;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Infrastructure.Search;

/// <summary>
/// Keeps listings in memory. Facet counts over a large category are the expensive part of a listing and do not
/// depend on the sort or the page, so they are kept apart from the pages, under a key without either:
/// <list type="bullet">
/// <item>a page of products is kept for <see cref="ListingCacheOptions.PageLifetime"/>;</item>
/// <item>counts are fresh for <see cref="ListingCacheOptions.CountsFreshFor"/>; older counts are still served (up to
/// <see cref="ListingCacheOptions.CountsKeptFor"/>) while a background query recounts them (one recount at a time),
/// so no shopper waits for a recount of a listing already shown once;</item>
/// <item>when many shoppers open a listing nobody has counted yet, one query counts it and the others wait for it.</item>
/// </list>
/// A count a few seconds old is fine on a listing; the product page always reads stock live. An edit to the catalog
/// (<see cref="CatalogChanges"/>) starts a new generation of keys, so a new price is shown on the next page at once.
/// </summary>
public sealed class CachedProductSearch(
    IProductSearch inner,
    IMemoryCache cache,
    ListingCacheOptions? options = null,
    TimeProvider? clock = null,
    ILogger<CachedProductSearch>? logger = null,
    CatalogChanges? changes = null) : IProductSearch
{
    private readonly ListingCacheOptions _options = options ?? new ListingCacheOptions();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<CachedProductSearch>.Instance;
    private readonly ConcurrentDictionary<string, Task<ListingCounts?>> _counting = new();
    private readonly ConcurrentDictionary<string, byte> _queuedRecounts = new();
    private readonly SemaphoreSlim _recountGate = new(1, 1);

    public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        var pageKey = $"page:{changes?.Generation}:{string.Join(',', query.CategoryIds)}:{query.PageSize}:{ProductQueryString.Write(query)}";
        if (cache.TryGetValue(pageKey, out ProductSearchResult? cached) && cached is not null) return cached;

        var result = inner is IPagedProductSearch paged
            ? await SearchWithCachedCountsAsync(paged, query, cancellationToken)
            : await inner.SearchAsync(query, cancellationToken);
        Keep(pageKey, result, _options.PageLifetime);
        return result;
    }

    public Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default) =>
        inner.SuggestAsync(text, limit, cancellationToken);

    private async Task<ProductSearchResult> SearchWithCachedCountsAsync(IPagedProductSearch paged, ProductQuery query, CancellationToken cancellationToken)
    {
        var countsKey = CountsKey(query);
        var age = cache.TryGetValue(countsKey, out ListingCounts? counts) && counts is not null ? _clock.GetUtcNow() - counts.CountedAt : TimeSpan.MaxValue;
        if (age > _options.CountsKeptFor)
        {
            counts = null;
            if (_counting.TryGetValue(countsKey, out var running)) counts = await running.WaitAsync(cancellationToken);
            if (counts is null) return await CountAsync(paged, query, countsKey, cancellationToken);
        }
        else if (age > _options.CountsFreshFor)
            RecountInBackground(paged, query, countsKey);

        var page = await paged.PageAsync(query, cancellationToken);
        return new ProductSearchResult(page.Items, counts!.Total, page.Page, page.PageSize, counts.Facets, counts.PriceBounds)
        {
            CorrectedText = page.CorrectedText,
        };
    }

    // The whole listing in one query; its counts are kept for every sort and page of the same view.
    private async Task<ProductSearchResult> CountAsync(IProductSearch engine, ProductQuery query, string countsKey, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<ListingCounts?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var leader = _counting.TryAdd(countsKey, done.Task);
        try
        {
            var result = await engine.SearchAsync(query, cancellationToken);
            var counts = ListingCounts.Of(result, _clock.GetUtcNow());
            Keep(countsKey, counts, _options.CountsKeptFor);
            done.TrySetResult(counts);
            return result;
        }
        catch
        {
            done.TrySetResult(null); // whoever waited counts on its own
            throw;
        }
        finally
        {
            if (leader) _counting.TryRemove(new KeyValuePair<string, Task<ListingCounts?>>(countsKey, done.Task));
        }
    }

    // Recounts run one at a time: when many views go stale together, they queue behind each other instead of taking
    // every core from the shoppers being served meanwhile.
    private void RecountInBackground(IProductSearch engine, ProductQuery query, string countsKey)
    {
        if (_counting.ContainsKey(countsKey) || !_queuedRecounts.TryAdd(countsKey, 0)) return;
        _ = Task.Run(async () =>
        {
            await _recountGate.WaitAsync();
            try
            {
                await CountAsync(engine, query.WithPage(1), countsKey, CancellationToken.None);
            }
            catch (Exception exception)
            {
                _logger.LogWarning(exception, "Recounting the listing {Key} failed; the previous counts stay until they expire", countsKey);
            }
            finally
            {
                _recountGate.Release();
                _queuedRecounts.TryRemove(countsKey, out _);
            }
        });
    }

    // A lifetime of zero switches that part of the cache off (the benchmark's cache-miss runs do).
    private void Keep(string key, object value, TimeSpan lifetime)
    {
        if (lifetime > TimeSpan.Zero)
            cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = lifetime, Size = 1 });
    }

    // Everything that narrows the listing, nothing that only orders or pages it.
    private string CountsKey(ProductQuery query) =>
        $"counts:{changes?.Generation}:{string.Join(',', query.CategoryIds)}:{ProductQueryString.Write(query with { Sort = ProductSort.Relevance, Page = 1 })}";

    private sealed record ListingCounts(int Total, IReadOnlyList<Facet> Facets, PriceBounds? PriceBounds, DateTimeOffset CountedAt)
    {
        public static ListingCounts Of(ProductSearchResult result, DateTimeOffset at) => new(result.TotalCount, result.Facets, result.PriceBounds, at);
    }
}

/// <summary>How long <see cref="CachedProductSearch"/> keeps what ("Search:ListingCache" in configuration).</summary>
public sealed class ListingCacheOptions
{
    public const string Section = "Search:ListingCache";

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan PageLifetime { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CountsFreshFor { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan CountsKeptFor { get; set; } = TimeSpan.FromMinutes(10);
}
