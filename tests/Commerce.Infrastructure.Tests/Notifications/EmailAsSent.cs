using System.Text;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Commerce.Infrastructure.Tests.Notifications;

/// <summary>The outbox keeps each message as the mail server received it, for the admin to read later.</summary>
public sealed class EmailAsSent(SmtpMailHost host) : IClassFixture<SmtpMailHost>
{
    [Fact]
    public async Task TheStoredMessageIsTheOneTheMailServerReceived()
    {
        Guid id;
        string to;
        await using (var db = host.PlainContext())
        {
            var order = await ShopData.PaidOrderAsync(db, await ShopData.ProductAsync(db));
            var email = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email);
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync();
            (id, to) = (email.Id, order.Email);
        }

        Assert.Equal("Succeeded", await host.WaitForJobAsync(host.Services.GetRequiredService<EmailDispatch>().Send(id)));

        var received = Assert.Single(host.Received, m => m.To.Mailboxes.Any(a => a.Address == to));
        var stored = (await host.OutboxAsync(id))!;
        var kept = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(stored.SentMessage!)));
        Assert.Equal(received.MessageId, kept.MessageId);
        Assert.Equal(received.Subject, kept.Subject);
        Assert.Equal(received.HtmlBody, kept.HtmlBody);
        Assert.Equal(received.TextBody, kept.TextBody);
        Assert.Contains(stored.Subject!, kept.Subject);
    }

    [Fact]
    public async Task AFailedMessageKeepsWhatWasAttemptedOnceItWasComposed()
    {
        await using var db = host.PlainContext();
        var order = await ShopData.PaidOrderAsync(db, await ShopData.ProductAsync(db));
        var email = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, "(unparsable@example.test");
        db.OutboxEmails.Add(email);
        await db.SaveChangesAsync();

        Assert.Equal("Failed", await host.WaitForJobAsync(host.Services.GetRequiredService<EmailDispatch>().Send(email.Id)));

        var failed = (await host.OutboxAsync(email.Id))!;
        Assert.Equal((OutboxEmailStatus.Failed, 1), (failed.Status, failed.Attempts));
        Assert.Null(failed.SentMessage); // the address was refused while composing: nothing was ever sent
    }
}
