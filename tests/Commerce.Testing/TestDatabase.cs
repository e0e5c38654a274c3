using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Commerce.Testing;

/// <summary>
/// The shared PostgreSQL fixture: a fresh database of its own on the test cluster, migrated, with
/// <see cref="CommerceDbContext"/> registered exactly as the app registers it (both interceptors included).
/// Fixtures derive from it to add the services they test and the rows they need.
/// </summary>
public class TestDatabase : IAsyncLifetime
{
    private ServiceProvider? _services;

    public string ConnectionString { get; private set; } = "";
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The database is not initialised yet.");
    public IDbContextFactory<CommerceDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();

    /// <summary>The database name starts with this (it is made unique per fixture).</summary>
    protected virtual string DatabaseName => GetType().Name;

    /// <summary>The clock the interceptors and services see.</summary>
    protected virtual TimeProvider ServicesClock => TimeProvider.System;

    /// <summary>Applied to the connection string before the context is registered (e.g. a larger pool).</summary>
    protected virtual string Connection(string connectionString) => connectionString;

    public CommerceDbContext NewContext() => Contexts.CreateDbContext();

    public async Task InitializeAsync()
    {
        ConnectionString = Connection(await PostgresServer.CreateDatabaseAsync(DatabaseName));
        var services = new ServiceCollection();
        services.AddSingleton(ServicesClock);
        services.AddCommerceDbContext(ConnectionString);
        ConfigureServices(services);
        _services = services.BuildServiceProvider();

        await using var db = NewContext();
        await db.Database.MigrateAsync();
        await SeedAsync(db);
    }

    /// <summary>The services under test, registered as the app registers them.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>Rows every test of the fixture needs, saved once after the migrations.</summary>
    protected virtual Task SeedAsync(CommerceDbContext db) => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
    }
}
