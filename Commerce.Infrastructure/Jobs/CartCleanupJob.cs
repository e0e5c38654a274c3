using Commerce.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Jobs;

/// <summary>
/// Deletes carts nobody will come back to: guest carts idle past <see cref="JobOptions.GuestCartLifetime"/> and empty
/// carts idle past <see cref="JobOptions.EmptyCartLifetime"/>. A customer's cart with items is kept however old.
/// </summary>
public sealed class CartCleanupJob(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<JobOptions> options,
    ILogger<CartCleanupJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Delete stale carts")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var guestIdleSince = now - options.Value.GuestCartLifetime;
        var emptyIdleSince = now - options.Value.EmptyCartLifetime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One statement: a cart that gains an item or an owner meanwhile no longer matches and stays. Items cascade.
        var deleted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            DELETE FROM carts c
            WHERE (c.customer_id IS NULL AND c.updated_at < {guestIdleSince})
               OR (c.updated_at < {emptyIdleSince} AND NOT EXISTS (SELECT 1 FROM cart_items i WHERE i.cart_id = c.id))
            """, cancellationToken);
        if (deleted > 0) logger.LogInformation("Deleted {Count} stale cart(s)", deleted);
        return deleted;
    }
}
