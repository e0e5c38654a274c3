using System.Text;
using Commerce.Core.Notifications;
using MimeKit;

namespace Commerce.Web.Admin.Emails;

/// <summary>An email as the admin reads it: the record, and the kept message's headers and parts.</summary>
public sealed record EmailView(
    Guid Id, EmailTemplate Template, OutboxEmailStatus Status, string To, string? Subject, string? OrderNumber,
    int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? MessageId,
    SentMessageParts? Message, string? NotKeptReason)
{
    public static EmailView Of(OutboxEmail email, string? orderNumber) => new(
        email.Id, email.Template, email.Status, email.To, email.Subject, orderNumber, email.Attempts, email.LastError,
        email.CreatedAt, email.SentAt, email.MessageId,
        email.SentMessage is { } raw ? SentMessageParts.Parse(raw) : null,
        email.SentMessage is not null ? null
            : email.CarriesCredential ? "Not kept: this email carries a sign-in link, which the store does not keep once it is sent."
            : email.Status == OutboxEmailStatus.Pending ? "Not sent yet."
            : email.Status == OutboxEmailStatus.Skipped ? "Not sent: it no longer applied when its turn came."
            : "No message was ever composed (see the error), or it was sent before the store kept copies.");
}

/// <summary>The parts of a kept MIME message that a reader looks at.</summary>
public sealed record SentMessageParts(string From, string To, string Subject, DateTimeOffset Date, string? Html, string? Text)
{
    public static SentMessageParts Parse(string raw)
    {
        var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));
        return new SentMessageParts(message.From.ToString(), message.To.ToString(), message.Subject ?? "", message.Date,
            message.HtmlBody, message.TextBody);
    }
}
