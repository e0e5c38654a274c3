using System.Text.Json.Nodes;
using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Infrastructure.Search.Elasticsearch;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>Header suggestions: categories from the database, products from a scripted node.</summary>
public sealed class SearchSuggestions(SearchCatalog catalog) : IClassFixture<SearchCatalog>, IAsyncLifetime
{
    private FakeElasticsearch _node = null!;

    public async Task InitializeAsync()
    {
        _node = await FakeElasticsearch.StartAsync();
        _node.Respond = _ => new(200, """
            {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":1,"relation":"eq"},"max_score":3.2,"hits":[
               {"_index":"commerce-products-1","_id":"1","_score":3.2,
                "_source":{"slug":"classic-t-shirt","name":"Classic T-Shirt","image_url":"/img/tshirt-front.jpg","price_min":19.99,"currency":"USD"}}]}}
            """);
    }

    public async Task DisposeAsync() => await _node.DisposeAsync();

    private Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit = 8) =>
        new ElasticsearchProductSearch(_node.Client(), Options.Create(_node.Options()), catalog.Contexts).SuggestAsync(text, limit);

    [Fact]
    public async Task ShownCategoriesComeFirstThenProducts()
    {
        var suggestions = await SuggestAsync("shirt");

        Assert.Equal([
            new SearchSuggestion(SuggestionKind.Category, "T-Shirts", "/c/t-shirts", null, null),
            new SearchSuggestion(SuggestionKind.Product, "Classic T-Shirt", "/p/classic-t-shirt", "/img/tshirt-front.jpg", new Money(19.99m, "USD")),
        ], suggestions);
        var search = Assert.Single(_node.Requests);
        Assert.Equal("/commerce-products/_search", search.Path);
        Assert.Equal(8, JsonNode.Parse(search.Body)!["size"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("tsh")]
    [InlineData("T-SH")]
    [InlineData("shirts")]
    public async Task CategoryNamesMatchWithoutTheirPunctuation(string text)
    {
        var suggestions = await SuggestAsync(text);

        Assert.Equal("T-Shirts", suggestions.First(s => s.Kind == SuggestionKind.Category).Label);
    }

    [Fact]
    public async Task ACategoryUnderAnInactiveParentIsNotSuggested()
    {
        var suggestions = await SuggestAsync("stock");

        Assert.DoesNotContain(suggestions, s => s.Kind == SuggestionKind.Category);
    }

    [Fact]
    public async Task TheLimitCoversBothKinds()
    {
        var suggestions = await SuggestAsync("shirt", limit: 1);

        Assert.Equal("T-Shirts", Assert.Single(suggestions).Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("t")]
    [InlineData("  s  ")]
    public async Task UnderTwoCharactersSuggestsNothingAndAsksNoOne(string text)
    {
        Assert.Empty(await SuggestAsync(text));
        Assert.Empty(_node.Requests);
    }
}
