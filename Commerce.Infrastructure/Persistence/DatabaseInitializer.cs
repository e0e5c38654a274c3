using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Persistence;

/// <summary>Brings the schema up to date at start, before anything else (Hangfire included) touches the database.</summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<CommerceDbContext> contexts,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.MigrateOnStart) return;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Creating the history table first keeps a fresh database's first start free of "relation does not exist" errors.
        await db.Database.EnsureCreatedHistoryAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count == 0) return;
        logger.LogInformation("Applying {Count} database migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
        // A migration may rebuild the search table of a large catalog: far longer than a page query's 30 s.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
        await db.Database.MigrateAsync(cancellationToken);
    }
}

internal static class HistoryTable
{
    public static async Task EnsureCreatedHistoryAsync(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database, CancellationToken cancellationToken)
    {
        var creator = database.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken)) await creator.CreateAsync(cancellationToken);
        await database.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
    }
}
