using System.Text.Json;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Notifications;

public static class OutboxEmailExtensions
{
    /// <summary>
    /// Queues an email as part of the caller's unit of work. A second email with the same key is ignored, never an
    /// error, so a retried webhook or a double click cannot fail the caller's transaction. Returns false when an
    /// email with that key was already queued.
    /// <para>Inside a transaction (<c>db.Database.BeginTransactionAsync()</c>) the row is inserted at once with
    /// <c>ON CONFLICT (key) DO NOTHING</c>: it commits or rolls back with the transaction, and two concurrent
    /// transactions queuing the same key end with one row. Without a transaction the email is added to the context
    /// after a check that the key is unused, and the caller's <c>SaveChangesAsync</c> saves it with the rest.</para>
    /// </summary>
    public static async Task<bool> QueueAsync(this CommerceDbContext db, OutboxEmail email, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            if (db.OutboxEmails.Local.Any(e => e.Key == email.Key) || await db.OutboxEmails.AnyAsync(e => e.Key == email.Key, cancellationToken))
                return false;
            db.OutboxEmails.Add(email);
            return true;
        }

        var inserted = await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO outbox_emails (id, key, template, recipient, order_id, data, status, attempts, created_at, updated_at)
            VALUES (@id, @key, @template, @recipient, @order_id, @data, 'Pending', 0, now(), now())
            ON CONFLICT (key) DO NOTHING
            """,
            [
                new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = email.Id },
                new NpgsqlParameter("key", email.Key),
                new NpgsqlParameter("template", email.Template.ToString()),
                new NpgsqlParameter("recipient", email.To),
                new NpgsqlParameter("order_id", NpgsqlDbType.Uuid) { Value = (object?)email.OrderId ?? DBNull.Value },
                new NpgsqlParameter("data", NpgsqlDbType.Jsonb) { Value = JsonSerializer.Serialize(email.Data) },
            ],
            cancellationToken);
        if (inserted == 1) OutboxDispatchInterceptor.SendAfterCommit(db, email.Id);
        return inserted == 1;
    }
}
