using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// Nothing to push: database triggers update <c>product_search</c> inside the transaction that changes the catalog.
/// A full rebuild is still useful after a bulk load that paused them (commerce.product_search_paused).
/// </summary>
internal sealed class PostgresProductIndexer(IDbContextFactory<CommerceDbContext> contexts) : IProductIndexer
{
    private static readonly TimeSpan RebuildTimeout = TimeSpan.FromMinutes(10);

    public Task IndexProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    /// <summary>Rebuilds every row in one statement and returns how many products are listed.</summary>
    public async Task<int> ReindexAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(RebuildTimeout);
        return await db.Database.SqlQuery<int>($"SELECT refresh_product_search(NULL) AS \"Value\"").SingleAsync(cancellationToken);
    }
}
