using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Notifications;

public sealed class RolledBackEmails(OutboxHost host) : IClassFixture<OutboxHost>
{
    [Fact]
    public async Task ATransactionThatRollsBackQueuesAndSendsNothing()
    {
        Guid addedId, queuedId;
        string number;
        await using (var db = await host.Contexts.CreateDbContextAsync())
        {
            var variant = await ShopData.ProductAsync(db);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var order = await ShopData.PaidOrderAsync(db, variant);
            var added = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email);
            db.OutboxEmails.Add(added);
            var queued = OutboxEmail.ForOrder(EmailTemplate.OrderShipped, order.Id, order.Email, discriminator: "1");
            Assert.True(await db.QueueAsync(queued));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            (addedId, queuedId, number) = (added.Id, queued.Id, order.Number);
        }

        // Even a send job started for the rolled-back email (a stale signal) finds nothing to send.
        Assert.Equal("Succeeded", await host.RunJobAsync<OutboxDispatcher>(d => d.SendAsync(addedId, CancellationToken.None)));
        Assert.Equal("Succeeded", await host.RunJobAsync<OutboxDispatcher>(d => d.SweepAsync(CancellationToken.None)));
        await host.Services.GetRequiredService<EmailDispatch>().EnqueuePendingAsync();
        await Task.Delay(500);

        Assert.Null(await host.OutboxAsync(addedId));
        Assert.Null(await host.OutboxAsync(queuedId));
        Assert.Empty(host.MailContaining(number));
    }

    [Fact]
    public async Task QueuingTheSameKeyTwiceKeepsOneEmailAndNeverFailsEitherTransaction()
    {
        Guid orderId;
        string to, number;
        await using (var db = await host.Contexts.CreateDbContextAsync())
        {
            var order = await ShopData.PaidOrderAsync(db, await ShopData.ProductAsync(db));
            (orderId, to, number) = (order.Id, order.Email, order.Number);
        }

        // Two webhook deliveries of one payment failure, racing: both queue, both commit, one email exists.
        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var db = await host.Contexts.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var queued = await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.PaymentFailed, orderId, to, discriminator: "pi_123"));
            await Task.Delay(200);
            await transaction.CommitAsync();
            return queued;
        }));
        // Without a transaction the check happens first and the caller's SaveChanges does the insert.
        await using (var db = await host.Contexts.CreateDbContextAsync())
        {
            Assert.False(await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.PaymentFailed, orderId, to, discriminator: "pi_123")));
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, results.Count(queued => queued));
        await using var check = host.PlainContext();
        var email = await check.OutboxEmails.SingleAsync(e => e.OrderId == orderId);
        Assert.Equal($"PaymentFailed:{orderId}:pi_123", email.Key);
        await host.WaitUntilAsync(email.Id, OutboxEmailStatus.Sent);
        Assert.Single(host.MailContaining(number));
    }
}
