using MimeKit;

namespace Commerce.Infrastructure.Notifications;

/// <summary>Hands a finished message to the outside world. Throws when it could not; the dispatcher retries.</summary>
public interface IMailTransport
{
    /// <exception cref="MailServerUnavailableException">The mail server could not take any message right now.</exception>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}

/// <summary>
/// The mail server is down, unreachable, busy (4xx) or refused our login: every message would fail alike, so the
/// outbox keeps the email waiting instead of counting it towards giving up.
/// </summary>
public sealed class MailServerUnavailableException(string message, Exception inner) : Exception(message, inner);
