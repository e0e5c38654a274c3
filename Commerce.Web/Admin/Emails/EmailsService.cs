using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Emails;

public sealed record EmailFilter(OutboxEmailStatus? Status, EmailTemplate? Template, string? Recipient);

public sealed record EmailRow(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string To, string? Subject, EmailTemplate Template,
    string? OrderNumber, OutboxEmailStatus Status, int Attempts, string? LastError);

public sealed record EmailList(IReadOnlyList<EmailRow> Rows, int Total);

/// <summary>The outbox as administrators see it: what was sent to whom and when, what failed and why, and "send again".</summary>
public sealed class EmailsService(IDbContextFactory<CommerceDbContext> contexts, EmailDispatch dispatch)
{
    public async Task<EmailList> ListAsync(EmailFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var emails = db.OutboxEmails.AsNoTracking();
        if (filter.Status is { } status) emails = emails.Where(e => e.Status == status);
        if (filter.Template is { } template) emails = emails.Where(e => e.Template == template);
        if (!string.IsNullOrWhiteSpace(filter.Recipient))
        {
            var recipient = filter.Recipient.Trim().ToLowerInvariant();
            emails = emails.Where(e => e.To.Contains(recipient));
        }

        var total = await emails.CountAsync(cancellationToken);
        var rows = await (
            from e in emails.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id).Skip(page * pageSize).Take(pageSize)
            join o in db.Orders on e.OrderId equals o.Id into orders
            from o in orders.DefaultIfEmpty()
            select new EmailRow(e.Id, e.CreatedAt, e.SentAt, e.To, e.Subject, e.Template, o == null ? null : o.Number,
                e.Status, e.Attempts, e.LastError))
            .ToListAsync(cancellationToken);
        return new EmailList(rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id).ToList(), total);
    }

    /// <summary>One email with the message as it went to the mail server (or was last attempted), read back from its MIME.</summary>
    public async Task<EmailView?> ReadAsync(Guid emailId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var email = await db.OutboxEmails.AsNoTracking().SingleOrDefaultAsync(e => e.Id == emailId, cancellationToken);
        if (email is null) return null;
        var number = email.OrderId is { } orderId
            ? await db.Orders.Where(o => o.Id == orderId).Select(o => o.Number).SingleOrDefaultAsync(cancellationToken)
            : null;
        return EmailView.Of(email, number);
    }

    /// <summary>Puts a failed email back in the queue with fresh attempts and starts sending it. Returns an error to show, or null.</summary>
    public async Task<string?> ResendAsync(Guid emailId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var email = await db.OutboxEmails.SingleOrDefaultAsync(e => e.Id == emailId, cancellationToken);
        if (email is null) return "That email no longer exists.";
        try
        {
            email.Retry();
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
        await db.SaveChangesAsync(cancellationToken);
        dispatch.Send(email.Id);
        return null;
    }
}
