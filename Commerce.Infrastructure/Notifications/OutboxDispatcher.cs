using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications.Rendering;
using Commerce.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Commerce.Infrastructure.Notifications;

/// <summary>
/// The Hangfire jobs that empty the outbox. <see cref="SendAsync"/> sends one email; it takes the email's row lock
/// (skipping it if another run holds it) and only sends a Pending email, so any number of runs send it once.
/// <see cref="SweepAsync"/> runs every minute and starts sends that were never started (a crash between commit and
/// enqueue) or were lost, and tries again emails that wait for the mail server to come back (an outage is not counted
/// towards giving up an email; failures of the email itself are, and end it as Failed after <see cref="MaxAttempts"/>).
/// </summary>
public sealed class OutboxDispatcher(
    IDbContextFactory<CommerceDbContext> contexts,
    EmailRenderer renderer,
    IMailTransport transport,
    EmailDispatch dispatch,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    public const int RetryAttempts = 5;
    /// <summary>The first try plus Hangfire's retries; the row turns Failed after this many.</summary>
    public const int MaxAttempts = RetryAttempts + 1;
    public const int SweepBatchSize = 500;

    // Longer than the longest retry delay: a Pending email untouched this long has no job coming for it.
    private static readonly TimeSpan LostAfter = TimeSpan.FromHours(2);
    /// <summary>An email waiting out a mail-server outage is tried again by the first sweep this long after its last attempt.</summary>
    public static readonly TimeSpan DeferredRetryAfter = TimeSpan.FromSeconds(45);
    // Leaves the after-commit send time to start before the sweep doubles it (a double is harmless, just wasted).
    private static readonly TimeSpan FreshGrace = TimeSpan.FromSeconds(15);

    // An email that can never be sent is Failed at its first attempt; retrying it for an hour would only hide it from Resend.
    [AutomaticRetry(Attempts = RetryAttempts, DelaysInSeconds = [20, 60, 300, 900, 3600], ExceptOn = [typeof(UndeliverableEmailException)])]
    [JobDisplayName("Send email {0}")]
    public async Task SendAsync(Guid emailId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var email = (await db.OutboxEmails
            .FromSql($"SELECT * FROM outbox_emails WHERE id = {emailId} AND status = 'Pending' FOR UPDATE SKIP LOCKED")
            .ToListAsync(cancellationToken)).SingleOrDefault();
        if (email is null) return; // already sent or given up, never committed, or another run holds it

        // Rendering reads the database; a failed query must not take the lock or the failure record with it.
        await transaction.CreateSavepointAsync("send", cancellationToken);
        string? subject = null;
        MimeMessage? message = null;
        try
        {
            var rendered = await renderer.RenderAsync(db, email, cancellationToken);
            if (rendered.Content is null)
                email.Skip(rendered.SkipReason ?? "Nothing to send.", clock.GetUtcNow());
            else
            {
                subject = rendered.Content.Subject;
                message = Compose(email, rendered.Content);
                await transport.SendAsync(message, cancellationToken);
                email.MarkSent(subject, message.MessageId, clock.GetUtcNow(), AsSent(message));
            }
        }
        catch (MailServerUnavailableException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not this email's fault: it waits, and the sweep tries it again while the outage lasts.
            await transaction.RollbackToSavepointAsync("send", CancellationToken.None);
            email.RecordDeferral(ex.Message, clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            logger.LogWarning("{Template} email {Key} waits for the mail server (attempt {Attempts}): {Error}", email.Template, email.Key, email.Attempts, ex.Message);
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await transaction.RollbackToSavepointAsync("send", CancellationToken.None);
            var permanent = IsPermanent(ex);
            var givenUp = email.RecordFailure($"{ex.GetType().Name}: {ex.Message}", clock.GetUtcNow(), MaxAttempts, subject, permanent,
                message is null ? null : AsSent(message));
            await db.SaveChangesAsync(CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
            if (givenUp) logger.LogError(ex, "Gave up sending {Template} email {Key} after {Attempts} attempts", email.Template, email.Key, email.Attempts);
            else logger.LogWarning(ex, "Sending {Template} email {Key} failed (attempt {Attempts}); it will be retried", email.Template, email.Key, email.Attempts);
            if (permanent) throw new UndeliverableEmailException(email.Key, ex);
            throw; // Hangfire retries with backoff; once the row is Failed the remaining runs do nothing
        }

        // The message is out: record it even if this job is being cancelled, so it is not sent twice.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        logger.LogInformation("{Status} {Template} email {Key} to {To}", email.Status, email.Template, email.Key, email.To);
    }

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Sweep the email outbox")]
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var freshBefore = now - FreshGrace;
        var lostBefore = now - LostAfter;
        var deferredBefore = now - DeferredRetryAfter;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.Status == OutboxEmailStatus.Pending
                && ((e.Attempts == 0 && e.CreatedAt < freshBefore)
                    || (e.Attempts > 0 && e.LastError!.StartsWith(OutboxEmail.DeferredPrefix) && e.LastAttemptAt < deferredBefore)
                    || (e.Attempts > 0 && e.LastAttemptAt < lostBefore)))
            .OrderBy(e => e.CreatedAt).Select(e => e.Id).Take(SweepBatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in ids) dispatch.Send(id);
        if (ids.Count > 0) logger.LogInformation("Outbox sweep started {Count} email send(s)", ids.Count);
        return ids.Count;
    }

    /// <summary>
    /// Failures of the email itself that no retry can cure: an address or header the mail library cannot parse, or a
    /// mail server refusing this message for good (5xx). Anything else (a database hiccup, a bug fixed by a deploy)
    /// is retried.
    /// </summary>
    internal static bool IsPermanent(Exception exception) => exception switch
    {
        ParseException => true,
        MailKit.Net.Smtp.SmtpCommandException smtp => (int)smtp.StatusCode >= 500,
        _ => false,
    };

    private static string AsSent(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private MimeMessage Compose(OutboxEmail email, EmailContent content)
    {
        var from = MailboxAddress.Parse(options.Value.From);
        // One Message-ID per email, whatever the attempt: if a worker dies after the server took the message but before
        // the row says Sent, the second copy carries the same id and mail systems can recognise it.
        var message = new MimeMessage { Subject = content.Subject, MessageId = $"{email.Id:N}@{from.Domain}" };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(email.To));
        message.Headers.Add("X-Commerce-Email", $"{email.Template}; {email.Id}");
        message.Body = new BodyBuilder { HtmlBody = content.Html, TextBody = content.Text }.ToMessageBody();
        return message;
    }
}

/// <summary>An email that can never be sent as it is (see <see cref="OutboxDispatcher.IsPermanent"/>); Hangfire does not retry it.</summary>
public sealed class UndeliverableEmailException(string key, Exception inner) : Exception($"Email {key} can never be sent: {inner.Message}", inner);
