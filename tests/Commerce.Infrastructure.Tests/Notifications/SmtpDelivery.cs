using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Commerce.Infrastructure.Tests.Notifications;

/// <summary>The outbox configured for SMTP, pointed at an SmtpServer listening on a free loopback port.</summary>
public sealed class SmtpMailHost : OutboxHost
{
    private readonly int _port = FreePort();
    private CancellationTokenSource _stop = new();
    private SmtpServer.SmtpServer? _smtp;
    private Task _running = Task.CompletedTask;

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public override async Task InitializeAsync()
    {
        StartSmtp();
        await base.InitializeAsync();
    }

    /// <summary>Starts the SMTP server on this host's port (again, after <see cref="StopSmtpAsync"/>).</summary>
    public void StartSmtp()
    {
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, _port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Inbox(Received));
        _stop = new CancellationTokenSource();
        _smtp = new SmtpServer.SmtpServer(options, services);
        _running = _smtp.StartAsync(_stop.Token);
    }

    /// <summary>Stops the SMTP server: connections to its port are refused until <see cref="StartSmtp"/>.</summary>
    public async Task StopSmtpAsync()
    {
        _stop.Cancel();
        _smtp?.Shutdown();
        await Task.WhenAny(_running, Task.Delay(5000));
        _smtp = null;
    }

    protected override void ConfigureSettings(IDictionary<string, string?> settings)
    {
        settings["Email:Smtp:Host"] = "127.0.0.1";
        settings["Email:Smtp:Port"] = _port.ToString();
        settings["Email:Smtp:UseStartTls"] = "false";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await StopSmtpAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Inbox(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

public sealed class SmtpDelivery(SmtpMailHost host) : IClassFixture<SmtpMailHost>
{
    [Fact]
    public async Task APasswordResetFromIdentityIsDeliveredOverSmtpWithRecipientSubjectAndLink()
    {
        var to = ShopData.UniqueEmail("ada");
        var user = new ApplicationUser { Id = Guid.NewGuid().ToString(), Email = to, UserName = to, DisplayName = "Ada" };
        const string link = "https://shop.test/Account/ResetPassword?code=Q2Z&returnUrl=%2F&x=1";

        Assert.IsType<SmtpMailTransport>(host.Services.GetRequiredService<IMailTransport>());
        await host.Services.GetRequiredService<IdentityEmailSender>().SendPasswordResetLinkAsync(user, to, link);

        await OutboxHost.Eventually(() => Task.FromResult(host.Received.Any(m => m.To.Mailboxes.Any(a => a.Address == to))), "the SMTP server to receive it");
        var message = host.Received.Single(m => m.To.Mailboxes.Any(a => a.Address == to));
        Assert.Equal("Reset your Test Store password", message.Subject);
        Assert.Equal("shop@store.test", message.From.Mailboxes.Single().Address);
        Assert.Contains("href=\"https://shop.test/Account/ResetPassword?code=Q2Z&amp;returnUrl=%2F&amp;x=1\"", message.HtmlBody);
        Assert.Contains(link, message.TextBody);
        Assert.Contains("Hi Ada,", message.TextBody);

        await using var db = host.PlainContext();
        var email = await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == to);
        await host.WaitUntilAsync(email.Id, OutboxEmailStatus.Sent);
        email = (await host.OutboxAsync(email.Id))!;
        Assert.Equal(EmailTemplate.PasswordReset, email.Template);
        Assert.Equal(message.MessageId, email.MessageId);
        Assert.Null(email.Value(EmailData.Link)); // the delivered link is not kept
    }

    [Fact]
    public async Task AskingForASecondResetLinkSendsASecondEmail()
    {
        var to = ShopData.UniqueEmail("grace");
        var user = new ApplicationUser { Id = Guid.NewGuid().ToString(), Email = to, UserName = to };
        var sender = host.Services.GetRequiredService<IdentityEmailSender>();

        await sender.SendPasswordResetLinkAsync(user, to, "https://shop.test/Account/ResetPassword?code=first");
        await sender.SendPasswordResetLinkAsync(user, to, "https://shop.test/Account/ResetPassword?code=first");
        await sender.SendPasswordResetLinkAsync(user, to, "https://shop.test/Account/ResetPassword?code=second");

        await OutboxHost.Eventually(() => Task.FromResult(host.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == to)) == 2), "two messages");
        await Task.Delay(500);
        Assert.Equal(2, host.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == to)));
    }
}
