using System.Text.Json.Nodes;
using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Search.Elasticsearch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>The adapter against a scripted node: what it sends, and how a 9.x response becomes a listing.</summary>
public sealed class SearchResponseReading : IAsyncLifetime
{
    private static readonly ProductQuery Query = new()
    {
        Text = "shirt",
        Options = new Dictionary<string, IReadOnlyList<string>> { ["Size"] = ["M"], ["Colour"] = ["Red"] },
        Page = 2,
    };

    private FakeElasticsearch _node = null!;

    public async Task InitializeAsync()
    {
        _node = await FakeElasticsearch.StartAsync();
        _node.Respond = request => request.Path.EndsWith("/_search", StringComparison.Ordinal) ? new(200, CannedSearchResponse) : new(404);
    }

    public async Task DisposeAsync() => await _node.DisposeAsync();

    private Task<ProductSearchResult> SearchAsync() =>
        new ElasticsearchProductSearch(_node.Client(), Options.Create(_node.Options()), new NoDatabase()).SearchAsync(Query);

    [Fact]
    public async Task SendsOneSearchToTheAliasWithTheBuiltBody()
    {
        await SearchAsync();

        var request = Assert.Single(_node.Requests);
        Assert.Equal(("POST", "/commerce-products/_search"), (request.Method, request.Path));
        Assert.Contains("typed_keys=true", request.Query);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("AUTO", body["query"]!["bool"]!["must"]!["multi_match"]!["fuzziness"]!.GetValue<string>());
        Assert.Equal(24, body["from"]!.GetValue<int>());
    }

    [Fact]
    public async Task HitsBecomeProductCards()
    {
        var result = await SearchAsync();

        var tshirt = result.Items[0];
        Assert.Equal(new ProductSummary(1, "classic-t-shirt", "Classic T-Shirt", "Acme Apparel", "/img/tshirt-front.jpg", "Classic T-shirt in navy",
            new Money(19.99m, "USD"), new Money(29.99m, "USD"), HasPriceRange: true, InStock: true), tshirt);
        Assert.Equal((null, false, false), (result.Items[1].CompareAtPrice, result.Items[1].HasPriceRange, result.Items[1].InStock));
    }

    [Fact]
    public async Task TotalAndPagesComeFromTheHitCount()
    {
        var result = await SearchAsync();

        Assert.Equal((30, 2, 24, 2), (result.TotalCount, result.Page, result.PageSize, result.PageCount));
        Assert.Equal(new PriceBounds(15m, 89.5m), result.PriceBounds);
    }

    [Fact]
    public async Task SizesComeInWearingOrderWithTheSelectionMarked()
    {
        var size = (await SearchAsync()).Facets.Single(f => f.Key == "size");

        Assert.Equal("Size", size.Label);
        Assert.Equal(["XS:2", "S:9", "M:12*", "XL:4", "42:1"], size.Values.Select(Describe));
    }

    [Fact]
    public async Task ColoursAreAlphabeticalAndASelectedValueWithoutMatchesStaysListed()
    {
        var colour = (await SearchAsync()).Facets.Single(f => f.Key == "colour");

        Assert.Equal(["Black:3", "Navy:10", "Red:0*", "White:8"], colour.Values.Select(Describe));
    }

    [Fact]
    public async Task VendorsShowTheirNameAndFilterByTheirSlug()
    {
        var facets = (await SearchAsync()).Facets;

        Assert.Equal(["size", "colour", "vendor"], facets.Select(f => f.Key));
        Assert.Equal([("acme-apparel", "Acme Apparel", 25), ("northwind", "Northwind Outfitters", 5)],
            facets[2].Values.Select(v => (v.Value, v.Label, v.Count)));
    }

    [Fact]
    public async Task AClusterErrorIsAnOutageNotAnEmptyListing()
    {
        _node.Respond = _ => new(400, """{"error":{"type":"search_phase_execution_exception","reason":"all shards failed"},"status":400}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(SearchAsync);

        Assert.Contains("all shards failed", error.Message);
    }

    private static string Describe(FacetValue value) => $"{value.Label}:{value.Count}{(value.Selected ? "*" : "")}";

    private sealed class NoDatabase : IDbContextFactory<CommerceDbContext>
    {
        public CommerceDbContext CreateDbContext() => throw new InvalidOperationException("Searching must not touch the database.");
    }

    // The shape of a 9.x _search response with typed_keys (which the client always asks for).
    private const string CannedSearchResponse = """
        {
          "took": 4, "timed_out": false,
          "_shards": { "total": 1, "successful": 1, "skipped": 0, "failed": 0 },
          "hits": {
            "total": { "value": 30, "relation": "eq" },
            "max_score": 7.1,
            "hits": [
              { "_index": "commerce-products-20261125-120000-000", "_id": "1", "_score": 7.1,
                "_source": { "id": 1, "slug": "classic-t-shirt", "name": "Classic T-Shirt", "vendor_name": "Acme Apparel",
                  "image_url": "/img/tshirt-front.jpg", "image_alt": "Classic T-shirt in navy", "price_min": 19.99, "price_max": 24.0,
                  "compare_at": 29.99, "currency": "USD", "in_stock": true },
                "sort": [7.1, 1] },
              { "_index": "commerce-products-20261125-120000-000", "_id": "3", "_score": 2.5,
                "_source": { "id": 3, "slug": "organic-tee", "name": "Organic Tee", "vendor_name": "Northwind Outfitters",
                  "price_min": 15.0, "price_max": 15.0, "currency": "USD", "in_stock": false },
                "sort": [2.5, 3] }
            ]
          },
          "aggregations": {
            "filter#facet_size": { "doc_count": 28, "sterms#values": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [ { "key": "M", "doc_count": 12 }, { "key": "S", "doc_count": 9 }, { "key": "XL", "doc_count": 4 },
                           { "key": "XS", "doc_count": 2 }, { "key": "42", "doc_count": 1 } ] } },
            "filter#facet_colour": { "doc_count": 21, "sterms#values": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [ { "key": "Navy", "doc_count": 10 }, { "key": "White", "doc_count": 8 }, { "key": "Black", "doc_count": 3 } ] } },
            "filter#facet_vendor": { "doc_count": 30, "sterms#values": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
              "buckets": [
                { "key": "acme-apparel", "doc_count": 25, "sterms#label": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                  "buckets": [ { "key": "Acme Apparel", "doc_count": 25 } ] } },
                { "key": "northwind", "doc_count": 5, "sterms#label": { "doc_count_error_upper_bound": 0, "sum_other_doc_count": 0,
                  "buckets": [ { "key": "Northwind Outfitters", "doc_count": 5 } ] } } ] } },
            "filter#price": { "doc_count": 30, "min#min": { "value": 15.0 }, "max#max": { "value": 89.5 } }
          }
        }
        """;
}
