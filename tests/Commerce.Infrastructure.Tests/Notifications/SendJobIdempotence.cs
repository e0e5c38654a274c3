using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Commerce.Infrastructure.Tests.Notifications;

/// <summary>A pickup folder that takes its time, so concurrent runs of one send really overlap.</summary>
public sealed class SlowMailHost : OutboxHost
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IMailTransport>(new SlowTransport(new PickupFolderMailTransport(PickupDirectory)));

    private sealed class SlowTransport(IMailTransport inner) : IMailTransport
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
        {
            await Task.Delay(400, cancellationToken);
            await inner.SendAsync(message, cancellationToken);
        }
    }
}

public sealed class SendJobIdempotence(SlowMailHost host) : IClassFixture<SlowMailHost>
{
    [Fact]
    public async Task RunningTheSendJobTwiceAndConcurrentlySendsTheEmailOnce()
    {
        Guid emailId;
        string number;
        // Saved without the dispatch interceptor: this test starts every send itself.
        await using (var db = host.PlainContext())
        {
            var variant = await ShopData.ProductAsync(db);
            var order = await ShopData.PaidOrderAsync(db, variant);
            var email = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email);
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync();
            (emailId, number) = (email.Id, order.Number);
        }

        var jobIds = Enumerable.Range(0, 3).Select(_ => host.Jobs.Enqueue<OutboxDispatcher>(d => d.SendAsync(emailId, CancellationToken.None))).ToList();
        var direct = Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(emailId, CancellationToken.None);
        });
        await Task.WhenAll(direct.Concat(jobIds.Select(host.WaitForJobAsync)));
        Assert.Equal("Succeeded", await host.RunJobAsync<OutboxDispatcher>(d => d.SendAsync(emailId, CancellationToken.None)));

        Assert.Single(host.MailContaining(number));
        var sent = await host.OutboxAsync(emailId);
        Assert.Equal(OutboxEmailStatus.Sent, sent!.Status);
        Assert.Equal(1, sent.Attempts);
    }
}
