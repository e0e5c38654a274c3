using Commerce.Core.Notifications;
using Commerce.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Notifications;

/// <summary>
/// Starts background sends. Emails queued through EF are started automatically after commit; call this for rows
/// written any other way, or to send a failed email again.
/// </summary>
public sealed class EmailDispatch(IBackgroundJobClient jobs, IDbContextFactory<CommerceDbContext> contexts)
{
    /// <summary>Enqueues the send job for one email. Safe to call twice: the job sends a Pending email at most once.</summary>
    public string Send(Guid emailId) => jobs.Enqueue<OutboxDispatcher>(d => d.SendAsync(emailId, CancellationToken.None));

    /// <summary>Enqueues a send for every email that has not been tried yet; returns how many.</summary>
    public async Task<int> EnqueuePendingAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.Status == OutboxEmailStatus.Pending && e.Attempts == 0)
            .OrderBy(e => e.CreatedAt).Select(e => e.Id).Take(OutboxDispatcher.SweepBatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in ids) Send(id);
        return ids.Count;
    }
}
