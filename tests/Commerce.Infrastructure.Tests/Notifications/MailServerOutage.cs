using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Notifications;

/// <summary>Fault injection: the real SMTP server the outbox delivers to is stopped, then started again.</summary>
public sealed class MailServerOutage(SmtpMailHost host) : IClassFixture<SmtpMailHost>
{
    [Fact]
    public async Task EmailsWaitWithTheirAttemptsRecordedWhileTheServerIsDownAndGoOutOnceEachWhenItIsBack()
    {
        await host.StopSmtpAsync();
        var emails = new List<(Guid Id, string To)>();
        await using (var db = host.PlainContext())
        {
            var variant = await ShopData.ProductAsync(db);
            for (var i = 0; i < 3; i++)
            {
                var order = await ShopData.PaidOrderAsync(db, variant);
                var email = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email);
                db.OutboxEmails.Add(email);
                emails.Add((email.Id, order.Email));
            }
            await db.SaveChangesAsync();
        }
        var dispatch = host.Services.GetRequiredService<EmailDispatch>();
        foreach (var (id, _) in emails) Assert.Equal("Succeeded", await host.WaitForJobAsync(dispatch.Send(id)));

        // Down: each email is Pending with its attempt and the reason recorded, not given up.
        foreach (var (id, _) in emails)
        {
            var waiting = (await host.OutboxAsync(id))!;
            Assert.Equal(OutboxEmailStatus.Pending, waiting.Status);
            Assert.Equal(1, waiting.Attempts);
            Assert.StartsWith(OutboxEmail.DeferredPrefix, waiting.LastError);
            Assert.Contains("unavailable", waiting.LastError);
        }
        // The sweep leaves them alone until their retry is due, then tries again: still down, one more attempt each.
        Assert.Equal(0, await SweepAsync());
        await AgeLastAttemptsAsync(emails);
        Assert.Equal(emails.Count, await SweepAsync());
        await OutboxHost.Eventually(async () => (await AttemptsAsync(emails)).All(a => a == 2), "a second attempt on each email");
        Assert.All(await StatusesAsync(emails), s => Assert.Equal(OutboxEmailStatus.Pending, s));
        Assert.Empty(host.Received);

        // Back: the next due sweep sends each once, even with two sweeps and direct sends racing each other.
        host.StartSmtp();
        await AgeLastAttemptsAsync(emails);
        await Task.WhenAll(SweepAsync(), SweepAsync(), Task.WhenAll(emails.Select(e => host.WaitForJobAsync(dispatch.Send(e.Id)))));
        await OutboxHost.Eventually(async () => (await StatusesAsync(emails)).All(s => s == OutboxEmailStatus.Sent), "every email to be sent");
        await Task.Delay(1000); // any duplicate send would have arrived by now
        foreach (var (id, to) in emails)
        {
            Assert.Single(host.Received, m => m.To.Mailboxes.Any(a => a.Address == to));
            var sent = (await host.OutboxAsync(id))!;
            Assert.Equal(3, sent.Attempts);
            Assert.Null(sent.LastError);
        }
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None);
    }

    // As if the sweep's retry delay had passed since the last attempt.
    private async Task AgeLastAttemptsAsync(List<(Guid Id, string To)> emails)
    {
        var ids = emails.Select(e => e.Id).ToList();
        await using var db = host.PlainContext();
        await db.OutboxEmails.Where(e => ids.Contains(e.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.LastAttemptAt, e => e.LastAttemptAt - OutboxDispatcher.DeferredRetryAfter - TimeSpan.FromSeconds(1)));
    }

    private async Task<List<int>> AttemptsAsync(List<(Guid Id, string To)> emails) =>
        (await Task.WhenAll(emails.Select(e => host.OutboxAsync(e.Id)))).Select(e => e!.Attempts).ToList();

    private async Task<List<OutboxEmailStatus>> StatusesAsync(List<(Guid Id, string To)> emails) =>
        (await Task.WhenAll(emails.Select(e => host.OutboxAsync(e.Id)))).Select(e => e!.Status).ToList();
}
