using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class Paging(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task TotalCountAndPages()
    {
        var pages = new List<ProductSearchResult>();
        for (var page = 1; page <= 3; page++)
            pages.Add(await store.SearchAsync(new ProductQuery { Sort = ProductSort.PriceLowHigh, Page = page, PageSize = 4 }));

        Assert.All(pages, p => Assert.Equal(SearchCatalog.Listed.Length, p.TotalCount));
        Assert.All(pages, p => Assert.Equal(3, p.PageCount));
        Assert.Equal([4, 4, 1], pages.Select(p => p.Items.Count));
        Assert.Equal([1, 2, 3], pages.Select(p => p.Page));
        Assert.Equal(SearchCatalog.Listed.Order(), pages.SelectMany(p => p.Names()).Order());
    }

    [Fact]
    public async Task PageBeyondTheEndIsEmptyButCounted()
    {
        var result = await store.SearchAsync(new ProductQuery { Page = 50, PageSize = 4 });

        Assert.Empty(result.Items);
        Assert.Equal(SearchCatalog.Listed.Length, result.TotalCount);
        Assert.NotEmpty(result.Facets);
    }

    [Fact]
    public async Task OutOfRangePagesAndSizesAreClamped()
    {
        var result = await store.SearchAsync(new ProductQuery { Page = -3, PageSize = 100_000 });

        Assert.Equal(1, result.Page);
        Assert.True(result.PageSize <= 100);
        Assert.Equal(SearchCatalog.Listed.Length, result.Items.Count);
    }
}
