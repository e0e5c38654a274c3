using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

/// <summary>Behaviour that needs products of its own (the shared catalog's counts stay exact for the other classes).</summary>
public sealed class ChangingCatalog(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task EqualPricesKeepAStableOrder()
    {
        var first = await store.AddProductAsync("Sorting Twin One", price: 33.33m);
        var second = await store.AddProductAsync("Sorting Twin Two", price: 33.33m);

        var twins = (await store.SearchAsync(new ProductQuery { Sort = ProductSort.PriceLowHigh, MinPrice = 33.33m, MaxPrice = 33.33m })).Items;

        Assert.Equal([first.Id, second.Id], twins.Select(i => i.Id));
    }

    [Fact]
    public async Task SuggestsAtMostThreeCategories()
    {
        foreach (var name in new[] { "Quilted Jackets", "Quilted Vests", "Quilted Throws", "Quilted Bags" })
        {
            var category = await store.AddCategoryAsync(name);
            await store.AddProductAsync($"{name} Sample", categorySlug: category.Slug);
        }

        var suggestions = await store.Search.SuggestAsync("quilted", 10);

        Assert.Equal(3, suggestions.Count(s => s.Kind == SuggestionKind.Category));
        Assert.Equal(4, suggestions.Count(s => s.Kind == SuggestionKind.Product));
    }
}

public sealed class CloseSpellings(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task AreLookedForWhenTheWordsFindLessThanAPage()
    {
        await store.AddProductAsync("Pewter Kettle");
        await store.AddProductAsync("Pewtery Lamp");

        var names = (await store.SearchAsync("pewter")).Names();

        Assert.Equal(["Pewter Kettle", "Pewtery Lamp"], names);
    }

    [Fact]
    public async Task AreLeftOutWhenTheWordsAloneFillAPage()
    {
        for (var i = 0; i < ProductQuery.DefaultPageSize; i++) await store.AddProductAsync($"Copper Kettle {i}");
        await store.AddProductAsync("Coppery Lamp"); // stems to "copperi": only a close spelling of "copper"

        var result = await store.SearchAsync(new ProductQuery { Text = "copper", PageSize = 100 });

        Assert.Equal(ProductQuery.DefaultPageSize, result.TotalCount);
        Assert.DoesNotContain("Coppery Lamp", result.Items.Select(i => i.Name));
    }
}
