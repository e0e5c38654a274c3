using Commerce.Infrastructure.Persistence;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Components;

/// <summary>A fresh, migrated PostgreSQL database per test class, for components whose services read or write it.</summary>
public sealed class ComponentDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("bunit");
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public CommerceDbContext NewContext() => new(new DbContextOptionsBuilder<CommerceDbContext>()
        .UseNpgsql(ConnectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
        .UseSnakeCaseNamingConvention()
        .Options);

    public Task DisposeAsync() => Task.CompletedTask;
}
