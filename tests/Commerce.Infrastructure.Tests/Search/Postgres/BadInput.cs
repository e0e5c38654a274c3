using Commerce.Core.Catalog.Search;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

/// <summary>Whatever a shopper (or an attacker) types comes back as an ordinary, possibly empty, result.</summary>
public sealed class BadInput(SearchStore store) : IClassFixture<SearchStore>
{
    public static readonly TheoryData<string> Nasty = new()
    {
        "'; drop table products; --",
        "\"; DELETE FROM product_search; --",
        "1' OR '1'='1",
        "<script>alert('x')</script>",
        "%_\\",
        "\\",
        "%",
        "_",
        "''''",
        "$$ $1 :: ? @text",
        "!!! ((( ))) & | <-> :*",
        "-shirt",
        "\"unterminated",
        "👕🔥 t-shirt 🧦",
        "ä̸̡̛̳̗̰͓̯̱͚̣͖̥̭̖̪͇̝͓̗̬̪̥̰͉͇̗͔̮̦̣̲͙̭̤͍̝̩̱̪͖͕̠̺͎̦̜",
        "\u0000\u0001\u001f",
        "a\u0000b",
        "\ud83d",
        "\udc55 lone low surrogate",
        "the and of",
        new string('a', 1_000),
        string.Concat(Enumerable.Repeat("t-shirt ", 500)),
        new string('a', 199) + "👕",
        new string('%', 5_000),
    };

    [Theory]
    [MemberData(nameof(Nasty))]
    public async Task SearchReturnsNormally(string text)
    {
        var result = await store.SearchAsync(new ProductQuery { Text = text });

        Assert.True(result.TotalCount >= 0);
        Assert.Equal(result.TotalCount == 0, result.Items.Count == 0);
        await AssertCatalogIntact();
    }

    [Theory]
    [MemberData(nameof(Nasty))]
    public async Task SuggestReturnsNormally(string text)
    {
        var suggestions = await store.Search.SuggestAsync(text, 8);

        Assert.True(suggestions.Count <= 8 + 3);
        await AssertCatalogIntact();
    }

    [Theory]
    [MemberData(nameof(Nasty))]
    public async Task FiltersReturnNormally(string value)
    {
        var result = await store.SearchAsync(new ProductQuery
        {
            Options = new Dictionary<string, IReadOnlyList<string>> { [value] = [value], ["Size"] = [value, "M"] },
            VendorSlugs = [value],
        });

        Assert.Empty(result.Items);
        await AssertCatalogIntact();
    }

    [Fact]
    public async Task OddNumbersReturnNormally()
    {
        var result = await store.SearchAsync(new ProductQuery
        {
            MinPrice = decimal.MaxValue, MaxPrice = decimal.MinValue, CategoryIds = [int.MinValue, 0, int.MaxValue],
            Page = int.MaxValue, PageSize = 0,
        });

        Assert.Empty(result.Items);
        Assert.Empty(await store.Search.SuggestAsync("shirt", -5));
    }

    private async Task AssertCatalogIntact()
    {
        var products = await store.QueryAsync(db => db.Products.CountAsync());
        var listed = await store.QueryAsync(db => db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM product_search").SingleAsync());
        Assert.Equal(13, products);
        Assert.Equal(SearchCatalog.Listed.Length, listed);
    }
}
