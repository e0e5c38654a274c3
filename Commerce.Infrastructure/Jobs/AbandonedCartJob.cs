using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Jobs;

/// <summary>
/// Queues one reminder for each cart left with items and a known email for <see cref="JobOptions.AbandonedCartAfter"/>.
/// Marking the cart and queuing the email are one statement, so a reminder is queued exactly once per idle spell
/// (a changed cart clears reminder_sent_at and may earn another). A cart that became an order never gets one.
/// </summary>
public sealed class AbandonedCartJob(IDbContextFactory<CommerceDbContext> contexts, EmailDispatch dispatch, TimeProvider clock,
    IOptions<JobOptions> options, ILogger<AbandonedCartJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Remind abandoned carts")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var idleSince = now - options.Value.AbandonedCartAfter;
        var template = nameof(EmailTemplate.AbandonedCart);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queued = await db.Database.SqlQuery<Guid>($"""
            WITH due AS (
                UPDATE carts c SET reminder_sent_at = {now}
                FROM (
                    SELECT c2.id, coalesce(c2.email, cu.email) AS email
                    FROM carts c2 LEFT JOIN customers cu ON cu.id = c2.customer_id
                    WHERE c2.reminder_sent_at IS NULL AND c2.updated_at < {idleSince} AND c2.pending_order_id IS NULL
                      AND coalesce(c2.email, cu.email) IS NOT NULL
                      AND EXISTS (SELECT 1 FROM cart_items i WHERE i.cart_id = c2.id)
                      AND NOT EXISTS (SELECT 1 FROM orders o
                                      WHERE (o.email = coalesce(c2.email, cu.email) OR o.customer_id = c2.customer_id)
                                        AND o.placed_at >= c2.updated_at)
                ) candidate
                WHERE c.id = candidate.id AND c.reminder_sent_at IS NULL
                RETURNING c.id, candidate.email, c.updated_at
            )
            INSERT INTO outbox_emails (id, key, template, recipient, data, status, attempts, created_at, updated_at)
            SELECT gen_random_uuid(), {template} || ':' || due.id || ':' || floor(extract(epoch FROM due.updated_at))::bigint,
                   {template}, lower(due.email), jsonb_build_object({EmailData.CartId}, due.id::text), 'Pending', 0, {now}, {now}
            FROM due
            ON CONFLICT (key) DO NOTHING
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        foreach (var id in queued) dispatch.Send(id);
        if (queued.Count > 0) logger.LogInformation("Queued {Count} abandoned-cart reminder(s)", queued.Count);
        return queued.Count;
    }
}
