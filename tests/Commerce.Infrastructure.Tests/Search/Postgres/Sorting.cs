using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class Sorting(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task PriceAscending()
    {
        var prices = (await store.SearchAsync(new ProductQuery { Sort = ProductSort.PriceLowHigh })).Items.Select(i => i.Price.Amount).ToList();

        Assert.Equal([18m, 20m, 25m, 45m, 50m, 55m, 60m, 80m, 90m], prices);
    }

    [Fact]
    public async Task PriceDescending()
    {
        var prices = (await store.SearchAsync(new ProductQuery { Sort = ProductSort.PriceHighLow })).Items.Select(i => i.Price.Amount).ToList();

        Assert.Equal([90m, 80m, 60m, 55m, 50m, 45m, 25m, 20m, 18m], prices);
    }

    [Fact]
    public async Task NewestFirst()
    {
        var names = (await store.SearchAsync(new ProductQuery { Sort = ProductSort.Newest })).Names();

        Assert.Equal(SearchCatalog.Listed.Reverse(), names);
    }

    [Fact]
    public async Task BestSellingFirst()
    {
        var names = (await store.SearchAsync(new ProductQuery { Sort = ProductSort.BestSelling })).Names();

        Assert.Equal(["Crème Brûlée Candle", "Classic T-Shirt", "Merino Sweater", "Linen Shirt", "Trail Runner"], names.Take(5));
    }

    [Fact]
    public async Task SortsApplyToTextResultsToo()
    {
        var names = (await store.SearchAsync(new ProductQuery { Text = "shirt", Sort = ProductSort.PriceHighLow })).Names();

        Assert.Equal(["Linen Shirt", "Classic T-Shirt"], names.Where(n => n is "Linen Shirt" or "Classic T-Shirt"));
    }
}
