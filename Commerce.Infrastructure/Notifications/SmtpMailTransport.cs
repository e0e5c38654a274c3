using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Commerce.Infrastructure.Notifications;

/// <summary>Delivers through an SMTP relay with MailKit; one connection per message keeps failures independent.</summary>
public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value.Smtp;
        var host = smtp.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not set.");
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        var security = smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : smtp.UseStartTls ? SecureSocketOptions.StartTls
            : SecureSocketOptions.None;
        try
        {
            await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.Username))
                await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (IsServerOutage(ex) && !cancellationToken.IsCancellationRequested)
        {
            throw new MailServerUnavailableException($"The mail server {host}:{smtp.Port} is unavailable: {ex.GetType().Name}: {ex.Message}", ex);
        }
    }

    // A 5xx reply to this message (recipient or content refused) is about the message; everything else would fail
    // for any message: the server is down, busy, unreachable, or our login or TLS setup is wrong.
    private static bool IsServerOutage(Exception ex) => ex switch
    {
        SmtpCommandException command => (int)command.StatusCode < 500,
        SocketException or IOException or TimeoutException or SmtpProtocolException or ServiceNotConnectedException
            or ServiceNotAuthenticatedException or AuthenticationException or SslHandshakeException => true,
        _ => false,
    };
}
