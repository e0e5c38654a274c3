using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Notifications;

/// <summary>Poison input: an email that can never be sent, queued ahead of good ones, with a real SMTP server up.</summary>
public sealed class PoisonEmail(SmtpMailHost host) : IClassFixture<SmtpMailHost>
{
    [Fact]
    public async Task AnEmailThatCanNeverBeSentEndsFailedWithItsReasonAtItsFirstAttemptAndTheOthersGoOut()
    {
        Guid poisonId;
        var good = new List<(Guid Id, string To)>();
        await using (var db = host.PlainContext())
        {
            var variant = await ShopData.ProductAsync(db);
            // The store's own check lets it in; the mail library cannot parse it (an unclosed comment).
            var poison = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, (await ShopData.PaidOrderAsync(db, variant)).Id, "(poison@example.test");
            db.OutboxEmails.Add(poison);
            await db.SaveChangesAsync();
            poisonId = poison.Id;
            for (var i = 0; i < 2; i++)
            {
                var order = await ShopData.PaidOrderAsync(db, variant);
                var email = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email);
                db.OutboxEmails.Add(email);
                good.Add((email.Id, order.Email));
            }
            await db.SaveChangesAsync();
        }

        var dispatch = host.Services.GetRequiredService<EmailDispatch>();
        var poisonJob = dispatch.Send(poisonId);
        var goodJobs = good.Select(e => dispatch.Send(e.Id)).ToList();

        Assert.Equal("Failed", await host.WaitForJobAsync(poisonJob));
        var failed = (await host.OutboxAsync(poisonId))!;
        Assert.Equal(OutboxEmailStatus.Failed, failed.Status);
        // An address that cannot be parsed never will be: Failed at once, not after an hour of retries.
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("ParseException", failed.LastError);
        foreach (var job in goodJobs) Assert.Equal("Succeeded", await host.WaitForJobAsync(job));
        foreach (var (id, to) in good)
        {
            Assert.Equal(OutboxEmailStatus.Sent, (await host.OutboxAsync(id))!.Status);
            Assert.Single(host.Received, m => m.To.Mailboxes.Any(a => a.Address == to));
        }
        // Failed is final: the sweep does not pick it up again.
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None));
    }
}
