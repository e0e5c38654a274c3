using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class Relevance(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task NameMatchOutranksDescriptionMatch()
    {
        var names = (await store.SearchAsync("linen")).Names();

        Assert.Equal(["Linen Shirt", "Cotton Overshirt"], names);
    }

    [Fact]
    public async Task ExactSkuComesBeforeWordMatches()
    {
        var names = (await store.SearchAsync("GIFT-50")).Names();

        Assert.Equal("Gift Card", names[0]);
    }

    [Fact]
    public async Task WithoutTextRelevanceMeansNewestFirst()
    {
        var names = (await store.SearchAsync(new ProductQuery { Sort = ProductSort.Relevance })).Names();

        Assert.Equal("Gift Card", names[0]);
        Assert.Equal("Classic T-Shirt", names[^1]);
    }
}
