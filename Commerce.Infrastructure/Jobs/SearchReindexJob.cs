using Commerce.Core.Catalog.Search;
using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Jobs;

/// <summary>Rebuilds the external search index nightly. PostgreSQL search needs none, so this only runs with Elasticsearch.</summary>
public sealed class SearchReindexJob(IServiceProvider services, IConfiguration configuration, ILogger<SearchReindexJob> logger)
{
    public static bool UsesElasticsearch(IConfiguration configuration) =>
        string.Equals(configuration["Search:Engine"], "Elasticsearch", StringComparison.OrdinalIgnoreCase);

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Reindex products for search")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (!UsesElasticsearch(configuration)) return 0;
        if (services.GetService<IProductIndexer>() is not { } indexer)
        {
            logger.LogWarning("Search:Engine is Elasticsearch but no product indexer is registered; nothing reindexed");
            return 0;
        }
        var count = await indexer.ReindexAllAsync(cancellationToken);
        logger.LogInformation("Reindexed {Count} product(s)", count);
        return count;
    }
}
