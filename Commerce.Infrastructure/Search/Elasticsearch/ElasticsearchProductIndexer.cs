using Commerce.Core.Catalog.Search;
using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Bulk;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Keeps the index in step with the catalog. The store reads and writes an alias (<see cref="ElasticsearchOptions.IndexName"/>);
/// a full reindex builds a fresh index beside the live one and moves the alias in one atomic call (blue/green), so
/// shoppers never see a half-built index and a failed rebuild leaves the old one serving.
/// </summary>
public sealed class ElasticsearchProductIndexer(
    ElasticsearchClient client,
    IOptions<ElasticsearchOptions> options,
    ProductDocumentLoader loader,
    TimeProvider clock,
    ILogger<ElasticsearchProductIndexer> logger) : IProductIndexer
{
    private readonly SemaphoreSlim _rebuilding = new(1, 1);
    private volatile bool _aliasExists;

    private string Alias => options.Value.IndexName;

    /// <summary>Upserts the sellable ones among <paramref name="productIds"/> and deletes the rest (archived, vendor suspended…).</summary>
    public async Task IndexProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken = default)
    {
        if (productIds.Count == 0) return;
        if (!await AliasExistsAsync(cancellationToken))
        {
            // Writing to a missing alias would auto-create an index with guessed mappings; build the real one instead.
            logger.LogInformation("Search index alias {Alias} does not exist yet; building the whole index", Alias);
            await ReindexAllAsync(cancellationToken);
            return;
        }

        var documents = await loader.LoadAsync(productIds, cancellationToken);
        var sellable = documents.Select(d => d.Id).ToHashSet();
        var operations = new BulkOperationsCollection();
        operations.AddRange(documents.Select(Upsert));
        operations.AddRange(productIds.Distinct().Where(id => !sellable.Contains(id)).Select(id => new BulkDeleteOperation(id)));
        await BulkAsync(Alias, operations, cancellationToken);
    }

    /// <summary>Builds a new index from the database, points the alias at it, drops the old one; returns the documents indexed.</summary>
    public async Task<int> ReindexAllAsync(CancellationToken cancellationToken = default)
    {
        await _rebuilding.WaitAsync(cancellationToken);
        try
        {
            var startedAt = clock.GetUtcNow();
            var index = $"{Alias}-{startedAt:yyyyMMdd-HHmmss-fff}";
            var (count, previous) = await BuildAndSwapAsync(index, cancellationToken);
            _aliasExists = true;
            logger.LogInformation("Search index {Index} built with {Count} products and now serves {Alias}", index, count, Alias);

            foreach (var old in previous)
                await DeleteIndexQuietlyAsync(old);
            // Edits made while the batches were read may have missed the new index; replay them.
            var changed = await loader.ChangedSinceAsync(startedAt, cancellationToken);
            if (changed.Count > 0) await IndexProductsAsync(changed, cancellationToken);
            return count;
        }
        finally
        {
            _rebuilding.Release();
        }
    }

    private async Task<(int Count, IReadOnlyList<string> Previous)> BuildAndSwapAsync(string index, CancellationToken cancellationToken)
    {
        (await client.Indices.CreateAsync(ProductIndexMapping.CreateIndexRequest(index), cancellationToken)).EnsureValid($"create index {index}");
        try
        {
            var count = 0;
            await foreach (var batch in loader.LoadAllAsync(options.Value.BatchSize, cancellationToken))
            {
                await BulkAsync(index, new BulkOperationsCollection(batch.Select(Upsert)), cancellationToken);
                count += batch.Count;
            }
            (await client.Indices.RefreshAsync(new RefreshRequest(index), cancellationToken)).EnsureValid($"refresh index {index}");
            return (count, await SwapAliasAsync(index, cancellationToken));
        }
        catch
        {
            await DeleteIndexQuietlyAsync(index);
            throw;
        }
    }

    /// <summary>One update_aliases call: remove the alias from the old indices and add it to the new, atomically.</summary>
    private async Task<IReadOnlyList<string>> SwapAliasAsync(string index, CancellationToken cancellationToken)
    {
        var actions = new List<IndexUpdateAliasesAction>();
        var previous = new List<string>();
        var current = await client.Indices.GetAliasAsync(new GetAliasRequest((Names)Alias), cancellationToken);
        if (current.IsValidResponse)
        {
            previous.AddRange(current.Aliases?.Keys ?? []);
            actions.AddRange(previous.Select(old => (IndexUpdateAliasesAction)new RemoveAction { Index = old, Alias = Alias }));
        }
        else if (!current.IsNotFound())
        {
            current.EnsureValid($"read alias {Alias}");
        }
        else if ((await client.Indices.ExistsAsync(Alias, cancellationToken)).Exists)
        {
            // A plain index holds the alias's name (auto-created by an early write): it gives way in the same atomic call.
            actions.Add(new RemoveIndexAction { Index = Alias });
        }

        actions.Add(new AddAction { Index = index, Alias = Alias });
        (await client.Indices.UpdateAliasesAsync(new UpdateAliasesRequest { Actions = actions }, cancellationToken)).EnsureValid($"move alias {Alias} to {index}");
        return previous;
    }

    private async Task<bool> AliasExistsAsync(CancellationToken cancellationToken)
    {
        if (_aliasExists) return true;
        var response = await client.Indices.ExistsAliasAsync(new ExistsAliasRequest((Names)Alias), cancellationToken);
        if (!response.IsNotFound()) response.EnsureValid($"check alias {Alias}");
        return _aliasExists = response.Exists;
    }

    private async Task BulkAsync(string index, BulkOperationsCollection operations, CancellationToken cancellationToken)
    {
        if (operations.Count == 0) return;
        var response = await client.BulkAsync(new BulkRequest(index) { Operations = operations }, cancellationToken);
        // Deleting a product the index never had answers 404 without an error: that is fine.
        var failures = response.Items?.Where(i => i.Error is not null).ToList() ?? [];
        if (failures.Count > 0)
            throw new InvalidOperationException($"Elasticsearch refused {failures.Count} of {response.Items!.Count} products in {index}: "
                + string.Join("; ", failures.Take(5).Select(f => $"{f.Id}: {f.Error!.Type} {f.Error.Reason}")));
        response.EnsureValid($"write to {index}");
    }

    private async Task DeleteIndexQuietlyAsync(string index)
    {
        // Cleanup must not mask the real outcome, and runs even when the caller has given up.
        var response = await client.Indices.DeleteAsync(new DeleteIndexRequest(index), CancellationToken.None);
        if (!response.IsValidResponse && !response.IsNotFound())
            logger.LogWarning("Could not delete search index {Index}: {Reason}", index, response.ElasticsearchServerError?.Error?.Reason);
    }

    private static BulkIndexOperation<ProductDocument> Upsert(ProductDocument document) => new(document) { Id = document.Id };
}
