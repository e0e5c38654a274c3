using Commerce.Core.Catalog.Search;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Search.Elasticsearch;

public static class ElasticsearchRegistration
{
    /// <summary>
    /// Registers the Elasticsearch client, <see cref="IProductSearch"/> and <see cref="IProductIndexer"/> over the
    /// <c>Search:Elasticsearch</c> section. Needs the database (for documents and category suggestions) and a TimeProvider.
    /// </summary>
    public static IServiceCollection AddElasticsearchSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ElasticsearchOptions>()
            .Bind(configuration.GetSection(ElasticsearchOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider => new ElasticsearchClient(CreateSettings(provider.GetRequiredService<IOptions<ElasticsearchOptions>>().Value)));
        services.AddSingleton<ProductDocumentLoader>();
        services.AddSingleton<ElasticsearchProductSearch>();
        services.AddSingleton<IProductSearch>(provider => provider.GetRequiredService<ElasticsearchProductSearch>());
        // One instance: it serialises full rebuilds and remembers that the alias exists.
        services.AddSingleton<ElasticsearchProductIndexer>();
        services.AddSingleton<IProductIndexer>(provider => provider.GetRequiredService<ElasticsearchProductIndexer>());
        return services;
    }

    public static ElasticsearchClientSettings CreateSettings(ElasticsearchOptions options)
    {
        var settings = new ElasticsearchClientSettings(new Uri(options.Url)).DefaultIndex(options.IndexName);
        if (!string.IsNullOrEmpty(options.ApiKey))
            settings.Authentication(new ApiKey(options.ApiKey));
        else if (!string.IsNullOrEmpty(options.Username))
            settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        return settings;
    }
}
