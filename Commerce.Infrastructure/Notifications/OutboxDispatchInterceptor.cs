using System.Data.Common;
using System.Runtime.CompilerServices;
using Commerce.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Notifications;

/// <summary>
/// Starts sending queued emails as soon as the transaction that queued them commits, so callers only add the
/// email and commit. Emails of a rolled-back transaction never reach the queue. If enqueuing fails (or the
/// process dies right after commit), the minute sweep finds the email instead.
/// </summary>
internal sealed class OutboxDispatchInterceptor(IServiceProvider services, ILogger<OutboxDispatchInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, PendingEmails> Pending = new();

    /// <summary>For emails inserted with SQL inside a transaction (see <see cref="OutboxEmailExtensions.QueueAsync"/>).</summary>
    internal static void SendAfterCommit(DbContext context, Guid emailId) => Pending.GetOrCreateValue(context).Committable.Add(emailId);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context, onlyUnsaved: true);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, onlyUnsaved: true);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Dispatch(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Dispatch(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context, onlyUnsaved: false);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context, onlyUnsaved: false);
        return Task.CompletedTask;
    }

    private static void Collect(DbContext? context)
    {
        if (context is null) return;
        var added = context.ChangeTracker.Entries<OutboxEmail>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).ToList();
        if (added.Count > 0) Pending.GetOrCreateValue(context).Saving.AddRange(added);
    }

    private void Saved(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var pending)) return;
        pending.Committable.AddRange(pending.Saving);
        pending.Saving.Clear();
        // Without an explicit transaction the rows are committed now; with one, wait for its commit.
        if (context.Database.CurrentTransaction is null) Dispatch(context);
    }

    private static void Forget(DbContext? context, bool onlyUnsaved)
    {
        if (context is null || !Pending.TryGetValue(context, out var pending)) return;
        pending.Saving.Clear();
        if (!onlyUnsaved) pending.Committable.Clear();
    }

    private void Dispatch(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var pending) || pending.Committable.Count == 0) return;
        var ids = pending.Committable.Distinct().ToList();
        pending.Committable.Clear();
        try
        {
            var dispatch = services.GetRequiredService<EmailDispatch>();
            foreach (var id in ids) dispatch.Send(id);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not start sending {Count} queued email(s); the outbox sweep will send them", ids.Count);
        }
    }

    private sealed class PendingEmails
    {
        public List<Guid> Saving { get; } = [];
        public List<Guid> Committable { get; } = [];
    }
}
