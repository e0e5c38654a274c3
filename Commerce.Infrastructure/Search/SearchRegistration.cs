using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Search.Elasticsearch;
using Commerce.Infrastructure.Search.Postgres;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Search;

public static class SearchRegistration
{
    public const string EngineKey = "Search:Engine";

    /// <summary>
    /// Registers product search. PostgreSQL is the default engine: it needs nothing but the database, whose
    /// triggers keep the search table current. "Search:Engine": "Elasticsearch" serves the same contract from a cluster.
    /// </summary>
    public static IHostApplicationBuilder AddProductSearch(this IHostApplicationBuilder builder)
    {
        // Listing caches forget what a catalog change (announced by the triggers) made stale.
        builder.Services.TryAddSingleton<CatalogChanges>();
        var engine = builder.Configuration[EngineKey] ?? "Postgres";
        if (string.Equals(engine, "Elasticsearch", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddElasticsearchSearch(builder.Configuration);
            return builder;
        }
        if (!string.Equals(engine, "Postgres", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{EngineKey} is '{engine}'; use 'Postgres' (default) or 'Elasticsearch'.");
        builder.Services.AddSingleton<PostgresProductSearch>();
        builder.Services.AddOptions<ListingCacheOptions>().BindConfiguration(ListingCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IProductSearch>(services => new CachedProductSearch(
            services.GetRequiredService<PostgresProductSearch>(),
            new MemoryCache(new MemoryCacheOptions { SizeLimit = 10_000 }),
            services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ListingCacheOptions>>().Value,
            services.GetService<TimeProvider>(),
            services.GetService<ILogger<CachedProductSearch>>(),
            services.GetRequiredService<CatalogChanges>()));
        builder.Services.AddSingleton<IProductIndexer, PostgresProductIndexer>();
        return builder;
    }
}
