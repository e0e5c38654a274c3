using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Seeding;

/// <summary>A fresh, migrated database with the seeders wired up the way the app wires them.</summary>
internal sealed class SeedingHost(ServiceProvider services) : IAsyncDisposable
{
    public ServiceProvider Services => services;

    public static async Task<SeedingHost> CreateAsync(string databaseName, TimeProvider? clock = null)
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync(databaseName);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddCommerceDbContext(connectionString);
        services.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CommerceDbContext>();
        services.AddSingleton<OrderNumberGenerator>();
        services.AddScoped<IdentityBootstrapper>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new Commerce.Infrastructure.Marketplace.MarketplaceOptions()));
        services.AddScoped<DemoStoreSeeder>();
        services.AddScoped<LargeCatalogSeeder>();

        var host = new SeedingHost(services.BuildServiceProvider());
        await using var db = host.NewContext();
        await db.Database.MigrateAsync();
        return host;
    }

    public CommerceDbContext NewContext() => services.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContext();

    public async Task SeedDemoStoreAsync()
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoStoreSeeder>().SeedIfEmptyAsync();
    }

    public async Task<int> SeedLargeCatalogAsync(int productCount)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LargeCatalogSeeder>().SeedAsync(productCount, CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<CommerceDbContext, Task<T>> query)
    {
        await using var db = NewContext();
        return await query(db);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}

/// <summary>A clock that always says the same instant, so two seeds can be compared field by field.</summary>
internal sealed class StoppedClock(DateTimeOffset at) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => at;
}
