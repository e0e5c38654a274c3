using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Jobs;

/// <summary>
/// Answers "email me when it's back" once the variant has stock to sell again: marks the request notified and
/// queues the email in one statement, so each request is answered once however often the job runs.
/// </summary>
public sealed class BackInStockJob(IDbContextFactory<CommerceDbContext> contexts, EmailDispatch dispatch, TimeProvider clock,
    ILogger<BackInStockJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Send back-in-stock notices")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var template = nameof(EmailTemplate.BackInStock);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var queued = await db.Database.SqlQuery<Guid>($"""
            WITH due AS (
                UPDATE back_in_stock_requests r SET notified_at = {now}
                WHERE r.notified_at IS NULL
                  AND EXISTS (
                      SELECT 1 FROM product_variants v JOIN products p ON p.id = v.product_id
                      WHERE v.id = r.variant_id AND v.is_active AND p.status = 'Active'
                        AND EXISTS (SELECT 1 FROM variant_stock s WHERE s.variant_id = v.id AND s.available > 0))
                RETURNING r.id, r.email, r.variant_id
            )
            INSERT INTO outbox_emails (id, key, template, recipient, data, status, attempts, created_at, updated_at)
            SELECT gen_random_uuid(), {template} || ':' || due.id || ':' || floor(extract(epoch FROM {now}::timestamptz))::bigint,
                   {template}, due.email, jsonb_build_object({EmailData.VariantId}, due.variant_id::text), 'Pending', 0, {now}, {now}
            FROM due
            ON CONFLICT (key) DO NOTHING
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        foreach (var id in queued) dispatch.Send(id);
        if (queued.Count > 0) logger.LogInformation("Queued {Count} back-in-stock notice(s)", queued.Count);
        return queued.Count;
    }
}
