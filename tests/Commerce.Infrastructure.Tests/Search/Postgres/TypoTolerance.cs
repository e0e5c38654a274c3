using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class TypoTolerance(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task TshirtFindsTShirt() => Assert.Contains("Classic T-Shirt", (await store.SearchAsync("tshirt")).Names());

    [Fact]
    public async Task TShrtFindsTShirt() => Assert.Contains("Classic T-Shirt", (await store.SearchAsync("TShrt")).Names());

    [Fact]
    public async Task HyphenatedTShirtFindsTShirt() => Assert.Equal("Classic T-Shirt", (await store.SearchAsync("t-shirt")).Names()[0]);

    [Fact]
    public async Task TShirtsWithSpaceFindsTShirt() => Assert.Contains("Classic T-Shirt", (await store.SearchAsync("t shirts")).Names());

    [Fact]
    public async Task PluralFindsSingular()
    {
        var names = (await store.SearchAsync("shirts")).Names();

        Assert.Contains("Linen Shirt", names);
        Assert.Contains("Classic T-Shirt", names);
    }

    [Fact]
    public async Task SweterFindsSweater() => Assert.Equal("Merino Sweater", (await store.SearchAsync("sweter")).Names()[0]);

    [Fact]
    public async Task CaseDoesNotMatter() => Assert.Equal("Classic T-Shirt", (await store.SearchAsync("CLASSIC T-SHIRT")).Names()[0]);

    [Fact]
    public async Task ShortWordsNeedACloserSpelling() => Assert.DoesNotContain("Classic T-Shirt", (await store.SearchAsync("tea")).Names());
}

public sealed class OneLetterTypos(SearchStore store) : IClassFixture<SearchStore>
{
    [Theory]
    [InlineData("hoddie", "Zip Hoodie")] // wrong letter
    [InlineData("sweatr", "Merino Sweater")] // missing letter
    [InlineData("beaniee", "Wool Beanie")] // extra letter
    [InlineData("runnner", "Trail Runner")] // doubled letter
    [InlineData("mreino", "Merino Sweater")] // swapped letters
    [InlineData("zip hoddie", "Zip Hoodie")] // a typo next to a word spelt right
    public async Task FindTheProductMeantFirst(string typed, string meant) =>
        Assert.Equal(meant, (await store.SearchAsync(typed)).Names().FirstOrDefault());

    [Fact]
    public async Task SayWhichSpellingTheResultsAreFor()
    {
        var result = await store.SearchAsync("hoddie");

        Assert.Equal("hoodie", result.CorrectedText);
        Assert.Equal(1, result.TotalCount);
    }

    [Fact]
    public async Task LeaveAWordSpeltRightAlone() => Assert.Null((await store.SearchAsync("hoodie")).CorrectedText);

    [Fact]
    public async Task OfferTheClosestCatalogWordForTwoTypos()
    {
        var result = await store.SearchAsync("hooddiie");

        Assert.Equal("hoodie", result.CorrectedText);
        Assert.Equal(["Zip Hoodie"], result.Names());
    }

    [Fact]
    public async Task AreForgivenInAutocomplete()
    {
        var suggestions = await store.Search.SuggestAsync("hoddie", 6);

        Assert.Contains(suggestions, s => s is { Kind: Commerce.Core.Catalog.Search.SuggestionKind.Product, Label: "Zip Hoodie" });
    }

    [Fact]
    public async Task AreNotCorrectedInAutocompleteWhileTheWordIsStillBeingTyped()
    {
        var suggestions = await store.Search.SuggestAsync("mer", 6);

        Assert.Contains(suggestions, s => s.Label == "Merino Sweater");
    }

    [Fact]
    public async Task FollowTheCatalogWhenAProductIsRenamedOrRemoved()
    {
        var product = await store.AddProductAsync("Quokka Parka");
        Assert.Equal(["Quokka Parka"], (await store.SearchAsync("quokkka")).Names());

        await store.ChangeAsync(async db => (await db.Products.FindAsync(product.Id))!.Rename("Wombat Parka"));
        Assert.Equal(["Wombat Parka"], (await store.SearchAsync("wombta")).Names());
        var terms = await store.QueryAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT term AS \"Value\" FROM search_terms WHERE term IN ('quokka', 'wombat')").ToListAsync());
        Assert.Equal(["wombat"], terms);
        Assert.NotEqual("quokka", (await store.SearchAsync("quokkka")).CorrectedText);
    }
}
