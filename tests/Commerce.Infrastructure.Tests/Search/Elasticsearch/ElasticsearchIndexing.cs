using System.Text.Json.Nodes;
using Commerce.Infrastructure.Search.Elasticsearch;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>The indexer against a scripted node and a real catalog: the requests of a blue/green rebuild and of an update.</summary>
public sealed class ElasticsearchIndexing(SearchCatalog catalog) : IClassFixture<SearchCatalog>, IAsyncLifetime
{
    private const string NewIndex = "commerce-products-20300102-030405-678";
    private const string OldIndex = "commerce-products-20261101-000000-000";
    private static readonly DateTimeOffset RebuildTime = new(2030, 1, 2, 3, 4, 5, 678, TimeSpan.Zero);

    private FakeElasticsearch _node = null!;

    public async Task InitializeAsync() => _node = await FakeElasticsearch.StartAsync();

    public async Task DisposeAsync() => await _node.DisposeAsync();

    private ElasticsearchProductIndexer Indexer(DateTimeOffset? now = null) => new(_node.Client(), Options.Create(_node.Options()),
        new ProductDocumentLoader(catalog.Contexts), new FixedClock(now ?? RebuildTime), NullLogger<ElasticsearchProductIndexer>.Instance);

    /// <summary>A cluster where the alias already points at <see cref="OldIndex"/>.</summary>
    private static CannedResponse LiveCluster(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("HEAD", "/_alias/commerce-products") => new(200),
        ("GET", "/_alias/commerce-products") => new(200, """{"commerce-products-20261101-000000-000":{"aliases":{"commerce-products":{}}}}"""),
        ("POST", var path) when path.EndsWith("/_bulk", StringComparison.Ordinal) => CannedResponse.BulkAccepted(request),
        ("POST", var path) when path.EndsWith("/_refresh", StringComparison.Ordinal) => new(200, """{"_shards":{"total":1,"successful":1,"failed":0}}"""),
        _ => CannedResponse.Acknowledged,
    };

    [Fact]
    public async Task AFullReindexBuildsANewIndexThenSwapsTheAliasAndDropsTheOldOne()
    {
        _node.Respond = LiveCluster;

        var count = await Indexer().ReindexAllAsync();

        Assert.Equal(4, count);
        Assert.Equal([
            $"PUT /{NewIndex}",
            $"POST /{NewIndex}/_bulk",
            $"POST /{NewIndex}/_refresh",
            "GET /_alias/commerce-products",
            "POST /_aliases",
            $"DELETE /{OldIndex}",
        ], _node.Requests.Select(r => r.ToString()));
    }

    [Fact]
    public async Task TheNewIndexIsCreatedWithTheProductMapping()
    {
        _node.Respond = LiveCluster;

        await Indexer().ReindexAllAsync();

        var create = JsonNode.Parse(_node.Requests[0].Body)!;
        Assert.Equal("word_delimiter_graph", create["settings"]!["analysis"]!["filter"]!["product_word_delimiter"]!["type"]!.GetValue<string>());
        Assert.Equal("keyword", create["mappings"]!["properties"]!["vendor_slug"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheBulkLoadIndexesEverySellableProductByItsId()
    {
        _node.Respond = LiveCluster;

        await Indexer().ReindexAllAsync();

        var bulk = _node.Requests.Single(r => r.Path.EndsWith("/_bulk", StringComparison.Ordinal));
        Assert.Equal(catalog.Sellable.Order().Select(id => ("index", id.ToString())), bulk.BulkActions());
        var tshirt = JsonNode.Parse(bulk.Body.Split('\n')[1])!;
        Assert.Equal(catalog.TShirt, tshirt["id"]!.GetValue<int>());
        Assert.Equal(["S", "XL"], tshirt["in_stock_options"]!["size"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task TheAliasMovesInOneAtomicCall()
    {
        _node.Respond = LiveCluster;

        await Indexer().ReindexAllAsync();

        var actions = JsonNode.Parse(_node.Requests.Single(r => r.Path == "/_aliases").Body)!["actions"]!.AsArray();
        Assert.Equal(OldIndex, actions[0]!["remove"]!["index"]!.GetValue<string>());
        Assert.Equal("commerce-products", actions[0]!["remove"]!["alias"]!.GetValue<string>());
        Assert.Equal(NewIndex, actions[1]!["add"]!["index"]!.GetValue<string>());
        Assert.Equal("commerce-products", actions[1]!["add"]!["alias"]!.GetValue<string>());
    }

    [Fact]
    public async Task APlainIndexSquattingTheAliasNameIsRemovedInTheSameCall()
    {
        _node.Respond = request => (request.Method, request.Path) switch
        {
            ("GET", "/_alias/commerce-products") => CannedResponse.NotFound,
            ("HEAD", "/commerce-products") => new(200),
            _ => LiveCluster(request),
        };

        await Indexer().ReindexAllAsync();

        var actions = JsonNode.Parse(_node.Requests.Single(r => r.Path == "/_aliases").Body)!["actions"]!.AsArray();
        Assert.Equal("commerce-products", actions[0]!["remove_index"]!["index"]!.GetValue<string>());
        Assert.Equal(NewIndex, actions[1]!["add"]!["index"]!.GetValue<string>());
    }

    [Fact]
    public async Task AFailedLoadDeletesTheHalfBuiltIndexAndLeavesTheAliasAlone()
    {
        _node.Respond = request => request.Path.EndsWith("/_bulk", StringComparison.Ordinal)
            ? new(200, """{"took":1,"errors":true,"items":[{"index":{"_index":"x","_id":"1","status":400,"error":{"type":"strict_dynamic_mapping_exception","reason":"mapping set to strict"}}}]}""")
            : LiveCluster(request);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Indexer().ReindexAllAsync());

        Assert.Contains("strict_dynamic_mapping_exception", error.Message);
        Assert.Equal($"DELETE /{NewIndex}", _node.Requests[^1].ToString());
        Assert.DoesNotContain(_node.Requests, r => r.Path == "/_aliases");
    }

    [Fact]
    public async Task EditsMadeDuringTheRebuildAreReplayedAfterTheSwap()
    {
        _node.Respond = LiveCluster;

        // Every product of the catalog was saved after this rebuild "started".
        await Indexer(now: DateTimeOffset.UtcNow.AddHours(-1)).ReindexAllAsync();

        var replay = _node.Requests[^1];
        Assert.Equal("POST /commerce-products/_bulk", replay.ToString());
        Assert.Equal(catalog.Sellable.Order(), replay.BulkActions().Where(a => a.Action == "index").Select(a => int.Parse(a.Id)).Order());
        Assert.Equal(catalog.NotSellable.Order(), replay.BulkActions().Where(a => a.Action == "delete").Select(a => int.Parse(a.Id)).Order());
    }

    [Fact]
    public async Task IndexingSomeProductsUpsertsTheSellableAndDeletesTheRest()
    {
        _node.Respond = LiveCluster;

        await Indexer().IndexProductsAsync([catalog.TShirt, catalog.Draft, catalog.Archived]);

        Assert.Equal(["HEAD /_alias/commerce-products", "POST /commerce-products/_bulk"], _node.Requests.Select(r => r.ToString()));
        Assert.Equal([("index", $"{catalog.TShirt}"), ("delete", $"{catalog.Draft}"), ("delete", $"{catalog.Archived}")],
            _node.Requests[1].BulkActions());
    }

    [Fact]
    public async Task IndexingBeforeAnyIndexExistsBuildsTheWholeIndexInstead()
    {
        _node.Respond = request => (request.Method, request.Path) switch
        {
            ("HEAD", "/_alias/commerce-products") or ("GET", "/_alias/commerce-products") or ("HEAD", "/commerce-products") => CannedResponse.NotFound,
            _ => LiveCluster(request),
        };

        await Indexer().IndexProductsAsync([catalog.TShirt]);

        Assert.Equal([
            "HEAD /_alias/commerce-products",
            $"PUT /{NewIndex}",
            $"POST /{NewIndex}/_bulk",
            $"POST /{NewIndex}/_refresh",
            "GET /_alias/commerce-products",
            "HEAD /commerce-products",
            "POST /_aliases",
        ], _node.Requests.Select(r => r.ToString()));
        Assert.Equal(catalog.Sellable.Count, _node.Requests[2].BulkActions().Count);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
