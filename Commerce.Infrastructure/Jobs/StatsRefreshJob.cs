using Commerce.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Jobs;

/// <summary>
/// Recomputes the denormalised counters from paid orders (paid or partly refunded; a fully refunded order is not a
/// sale): customers' order count and net spend, products' units sold. Each is one set-based statement that only
/// touches rows whose value changed, so running it twice, or alongside checkout, is harmless.
/// </summary>
public sealed class StatsRefreshJob(IDbContextFactory<CommerceDbContext> contexts, ILogger<StatsRefreshJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Refresh customer and product statistics")]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customers = await db.Database.ExecuteSqlRawAsync("""
            UPDATE customers c SET order_count = s.order_count, total_spent = s.total_spent
            FROM (
                SELECT cu.id, count(o.id)::int AS order_count, coalesce(sum(o.total - o.refunded_total), 0) AS total_spent
                FROM customers cu
                LEFT JOIN orders o ON o.customer_id = cu.id AND o.currency = cu.currency
                                  AND o.payment_status IN ('Paid', 'PartiallyRefunded')
                GROUP BY cu.id
            ) s
            WHERE s.id = c.id AND (c.order_count <> s.order_count OR c.total_spent <> s.total_spent)
            """, cancellationToken);
        var products = await db.Database.ExecuteSqlRawAsync("""
            UPDATE products p SET sales_count = s.sales_count
            FROM (
                SELECT pr.id, coalesce(sum(sold.quantity), 0)::int AS sales_count
                FROM products pr
                LEFT JOIN (
                    SELECT i.product_id, i.quantity FROM order_items i
                    JOIN orders o ON o.id = i.order_id AND o.payment_status IN ('Paid', 'PartiallyRefunded')
                ) sold ON sold.product_id = pr.id
                GROUP BY pr.id
            ) s
            WHERE s.id = p.id AND p.sales_count <> s.sales_count
            """, cancellationToken);
        logger.LogInformation("Statistics refreshed: {Customers} customer(s) and {Products} product(s) changed", customers, products);
    }
}
