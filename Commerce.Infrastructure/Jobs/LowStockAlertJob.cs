using Commerce.Core;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Jobs;

/// <summary>
/// Tells every administrator which variants are at or below their reorder point (the dashboard's rule): one email
/// per variant per administrator per UTC day, however often the job runs — the day is part of the email's key.
/// </summary>
public sealed class LowStockAlertJob(IDbContextFactory<CommerceDbContext> contexts, EmailDispatch dispatch, TimeProvider clock,
    ILogger<LowStockAlertJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 1)]
    [JobDisplayName("Send low-stock alerts")]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var day = now.UtcDateTime.ToString("yyyy-MM-dd");
        var template = nameof(EmailTemplate.LowStockAlert);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var admins = await (
            from user in db.Users
            join membership in db.UserRoles on user.Id equals membership.UserId
            join role in db.Roles on membership.RoleId equals role.Id
            where role.Name == Roles.Admin && user.Email != null
            select new { user.Id, Email = user.Email! }).ToListAsync(cancellationToken);
        if (admins.Count == 0) return 0;

        var adminIds = admins.Select(a => a.Id).ToArray();
        var adminEmails = admins.Select(a => a.Email.ToLowerInvariant()).ToArray();
        var queued = await db.Database.SqlQuery<Guid>($"""
            INSERT INTO outbox_emails (id, key, template, recipient, data, status, attempts, created_at, updated_at)
            SELECT gen_random_uuid(), {template} || ':' || v.id || ':' || {day} || ':' || admin.user_id,
                   {template}, admin.email, jsonb_build_object({EmailData.VariantId}, v.id::text), 'Pending', 0, {now}, {now}
            FROM product_variants v
            JOIN products p ON p.id = v.product_id
            CROSS JOIN unnest({adminIds}::text[], {adminEmails}::text[]) AS admin(user_id, email)
            WHERE v.is_active AND p.status = 'Active' AND p.track_inventory
              AND EXISTS (SELECT 1 FROM inventory_levels l WHERE l.variant_id = v.id AND l.on_hand - l.reserved <= l.reorder_point)
            ON CONFLICT (key) DO NOTHING
            RETURNING id AS "Value"
            """).ToListAsync(cancellationToken);
        foreach (var id in queued) dispatch.Send(id);
        if (queued.Count > 0) logger.LogInformation("Queued {Count} low-stock alert(s)", queued.Count);
        return queued.Count;
    }
}
