using MimeKit;

namespace Commerce.Infrastructure.Notifications;

/// <summary>Hands a finished message to the outside world. Throws when it could not; the dispatcher retries.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}
