using System.Text;
using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Search.Elasticsearch;
using Elastic.Clients.Elasticsearch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

public sealed class ElasticsearchRegistering
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings
                .GroupBy(s => s.Key).Select(g => g.Last()) // a later setting overrides an earlier one, as in configuration
                .Select(s => new KeyValuePair<string, string?>($"Search:Elasticsearch:{s.Key}", s.Value)))
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddCommerceDbContext("Host=127.0.0.1;Database=unused");
        return services.AddElasticsearchSearch(configuration).BuildServiceProvider();
    }

    [Fact]
    public void RegistersTheClientTheSearchAndTheIndexer()
    {
        using var services = Services(("Url", "http://127.0.0.1:9200"));

        Assert.IsType<ElasticsearchProductSearch>(services.GetRequiredService<IProductSearch>());
        Assert.IsType<ElasticsearchProductIndexer>(services.GetRequiredService<IProductIndexer>());
        Assert.Same(services.GetRequiredService<ElasticsearchClient>(), services.GetRequiredService<ElasticsearchClient>());
        Assert.Equal("commerce-products", services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value.IndexName);
    }

    [Theory]
    [InlineData("Url", "", "Url")]
    [InlineData("Url", "not a url", "Url")]
    [InlineData("IndexName", "Commerce Products", "IndexName")]
    [InlineData("Username", "elastic", "Password")]
    public void ABadSettingFailsWithItsName(string key, string value, string named)
    {
        using var services = Services(("Url", "http://127.0.0.1:9200"), (key, value));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ElasticsearchOptions>>().Value);

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public async Task AnApiKeyIsSentAsAnApiKeyHeader()
    {
        await using var node = await FakeElasticsearch.StartAsync();
        var options = node.Options();
        options.ApiKey = "c2VjcmV0";
        var client = node.Client(options);

        await client.PingAsync();

        Assert.Equal("ApiKey c2VjcmV0", node.Requests[0].Authorization);
    }

    [Fact]
    public async Task AUserAndPasswordAreSentAsBasicAuthentication()
    {
        await using var node = await FakeElasticsearch.StartAsync();
        var options = node.Options();
        (options.Username, options.Password) = ("elastic", "changeme");
        var client = node.Client(options);

        await client.PingAsync();

        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("elastic:changeme")), node.Requests[0].Authorization);
    }
}
