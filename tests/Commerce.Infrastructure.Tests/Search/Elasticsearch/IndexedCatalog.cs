using Commerce.Infrastructure.Search.Elasticsearch;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>
/// <see cref="SearchCatalog"/> indexed into a real cluster under an alias of its own (so runs and classes never
/// share an index), removed afterwards. Does nothing when no cluster is configured: its tests are skipped then.
/// </summary>
public sealed class IndexedCatalog : IAsyncLifetime
{
    public SearchCatalog Catalog { get; } = new();
    public ElasticsearchClient Client { get; private set; } = null!;
    public ElasticsearchOptions Options { get; private set; } = null!;
    public ElasticsearchProductSearch Search { get; private set; } = null!;
    public ElasticsearchProductIndexer Indexer { get; private set; } = null!;
    public int IndexedCount { get; private set; }

    public async Task InitializeAsync()
    {
        if (ElasticsearchFactAttribute.ClusterUrl is not { } url) return;
        await Catalog.InitializeAsync();
        Options = new ElasticsearchOptions { Url = url, IndexName = $"commerce-products-test-{Guid.NewGuid():N}" };
        Client = new ElasticsearchClient(ElasticsearchRegistration.CreateSettings(Options));
        var options = Microsoft.Extensions.Options.Options.Create(Options);
        Search = new ElasticsearchProductSearch(Client, options, Catalog.Contexts);
        Indexer = new ElasticsearchProductIndexer(Client, options, new ProductDocumentLoader(Catalog.Contexts), TimeProvider.System,
            NullLogger<ElasticsearchProductIndexer>.Instance);
        IndexedCount = await Indexer.ReindexAllAsync();
    }

    /// <summary>Makes recent writes searchable now rather than within the refresh interval.</summary>
    public async Task RefreshAsync() => await Client.Indices.RefreshAsync(new RefreshRequest(Options.IndexName));

    public async Task DisposeAsync()
    {
        if (Client is null) return;
        // By name: clusters refuse wildcard deletes by default (action.destructive_requires_name).
        var aliases = await Client.Indices.GetAliasAsync(new GetAliasRequest((Names)Options.IndexName));
        foreach (var index in aliases.Aliases?.Keys ?? [])
            await Client.Indices.DeleteAsync(new DeleteIndexRequest(index));
    }
}
