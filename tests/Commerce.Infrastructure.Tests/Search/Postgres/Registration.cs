using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Search;
using Commerce.Infrastructure.Search.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class Registration
{
    [Fact]
    public void PostgresIsTheDefaultEngine()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddCommerceDbContext("Host=localhost");

        builder.AddProductSearch();
        using var services = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        // Listings go through a short-lived cache in front of the PostgreSQL engine.
        Assert.IsType<CachedProductSearch>(services.GetRequiredService<IProductSearch>());
        Assert.NotNull(services.GetRequiredService<PostgresProductSearch>());
        Assert.IsType<PostgresProductIndexer>(services.GetRequiredService<IProductIndexer>());
    }
}
