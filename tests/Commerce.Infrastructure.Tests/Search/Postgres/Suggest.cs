using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class Suggest(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task ReturnsProductsAndCategoriesAfterTwoCharacters()
    {
        var suggestions = await store.Search.SuggestAsync("sh", 10);

        Assert.Contains(suggestions, s => s is { Kind: SuggestionKind.Category, Label: "T-Shirts", Url: "/c/t-shirts" });
        var linen = Assert.Single(suggestions, s => s.Label == "Linen Shirt");
        Assert.Equal((SuggestionKind.Product, "/p/linen-shirt", "/images/linen-shirt.jpg", 45m),
            (linen.Kind, linen.Url, linen.ImageUrl, linen.Price?.Amount));
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData(" s ")]
    [InlineData("   ")]
    public async Task NothingBelowTwoCharacters(string text) => Assert.Empty(await store.Search.SuggestAsync(text, 10));

    [Fact]
    public async Task CategoriesComeFirst()
    {
        var suggestions = await store.Search.SuggestAsync("sh", 10);

        Assert.Equal(SuggestionKind.Category, suggestions[0].Kind);
        Assert.All(suggestions.SkipWhile(s => s.Kind == SuggestionKind.Category), s => Assert.Equal(SuggestionKind.Product, s.Kind));
    }

    [Fact]
    public async Task ToleratesTypos()
    {
        var suggestions = await store.Search.SuggestAsync("sweter", 5);

        Assert.Equal("Merino Sweater", suggestions.First(s => s.Kind == SuggestionKind.Product).Label);
    }

    [Fact]
    public async Task FindsWordsInsideNames() =>
        Assert.Contains(await store.Search.SuggestAsync("brûl", 5), s => s.Label == "Crème Brûlée Candle");

    [Fact]
    public async Task RespectsTheLimit()
    {
        var suggestions = await store.Search.SuggestAsync("shirt", 1);

        Assert.Single(suggestions, s => s.Kind == SuggestionKind.Product);
    }

    [Fact]
    public async Task NeverSuggestsHiddenProductsOrEmptyCategories()
    {
        Assert.Empty(await store.Search.SuggestAsync("phantom", 5));
        Assert.Empty(await store.Search.SuggestAsync("clearance", 5));
    }
}
