using Commerce.Core.Catalog.Search;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>Index maintenance on a real cluster; a catalog of its own, since these tests change it.</summary>
public sealed class RealClusterIndexing(IndexedCatalog indexed) : IClassFixture<IndexedCatalog>
{
    [ElasticsearchFact]
    public async Task AnArchivedProductLeavesTheIndexWhenItIsReindexed()
    {
        await using (var db = await indexed.Catalog.Contexts.CreateDbContextAsync())
        {
            var tee = await db.Products.SingleAsync(p => p.Id == indexed.Catalog.Tee);
            tee.Archive();
            await db.SaveChangesAsync();
        }

        await indexed.Indexer.IndexProductsAsync([indexed.Catalog.Tee]);
        await indexed.RefreshAsync();

        Assert.Empty((await indexed.Search.SearchAsync(new ProductQuery { Text = "organic tee" })).Items);
    }

    [ElasticsearchFact]
    public async Task ARebuildMovesTheAliasAndLeavesOneIndexBehindIt()
    {
        await indexed.Indexer.ReindexAllAsync();

        var aliases = await indexed.Client.Indices.GetAliasAsync(new Elastic.Clients.Elasticsearch.IndexManagement.GetAliasRequest(
            (Elastic.Clients.Elasticsearch.Names)indexed.Options.IndexName));
        Assert.Single(aliases.Aliases!);
        Assert.NotEmpty((await indexed.Search.SearchAsync(new ProductQuery())).Items);
    }
}
