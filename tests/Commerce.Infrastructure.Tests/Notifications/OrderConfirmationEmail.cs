using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Commerce.Infrastructure.Tests.Notifications;

public sealed class OrderConfirmationEmail(OutboxHost host) : IClassFixture<OutboxHost>
{
    [Fact]
    public async Task AConfirmationQueuedWithTheOrderIsSentOnceAsAnEmlWithTheNumberAndTotal()
    {
        Guid emailId;
        string number, to;
        await using (var db = await host.Contexts.CreateDbContextAsync())
        {
            var variant = await ShopData.ProductAsync(db);
            await using var transaction = await db.Database.BeginTransactionAsync();
            var order = await ShopData.PaidOrderAsync(db, variant);
            // Exactly what checkout does: queue inside its transaction; dispatch starts by itself after commit.
            var email = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email);
            db.OutboxEmails.Add(email);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            (emailId, number, to) = (email.Id, order.Number, order.Email);
        }

        var sent = await host.WaitUntilAsync(emailId, OutboxEmailStatus.Sent);
        // A late duplicate run (the sweep, a second signal) must not send it again.
        await host.RunJobAsync<OutboxDispatcher>(d => d.SendAsync(emailId, CancellationToken.None));
        await host.Services.GetRequiredService<EmailDispatch>().EnqueuePendingAsync();

        var file = Assert.Single(host.MailContaining(number));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal(to, message.To.Mailboxes.Single().Address);
        Assert.Equal($"Order {number} confirmed", message.Subject);
        Assert.Equal(sent.MessageId, message.MessageId);
        Assert.Contains("$1,244.56", message.HtmlBody);
        Assert.Contains("$1,244.56", message.TextBody);
        Assert.Contains(number, message.TextBody);
        Assert.Equal(1, sent.Attempts);
        Assert.Equal(message.Subject, sent.Subject);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task TheConfirmationListsLinesTotalsAndAddressesAndEncodesWhatPeopleTyped()
    {
        Guid emailId;
        string number;
        await using (var db = await host.Contexts.CreateDbContextAsync())
        {
            var variant = await ShopData.ProductAsync(db, price: 19.99m, name: "Tea <script>alert(1)</script> & Biscuits");
            var order = await ShopData.PaidOrderAsync(db, variant, quantity: 3);
            var email = OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email);
            await db.QueueAsync(email);
            await db.SaveChangesAsync();
            (emailId, number) = (email.Id, order.Number);
        }

        await host.WaitUntilAsync(emailId, OutboxEmailStatus.Sent);
        var message = await MimeMessage.LoadAsync(Assert.Single(host.MailContaining(number)));
        var html = message.HtmlBody;
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("Tea &lt;script&gt;alert(1)&lt;/script&gt; &amp; Biscuits", html);
        Assert.Contains("Ada &lt;Lovelace&gt;", html);
        Assert.Contains("Test Store", html);
        Assert.Contains("#4f46e5", html);
        Assert.Contains("× 3", html);
        Assert.Contains(new Money(59.97m, "USD").Format(), html);
        Assert.Contains("$69.97", message.TextBody);
        Assert.Contains("Tea <script>alert(1)</script> & Biscuits (Navy", message.TextBody);
        Assert.Contains("1 Loop Road", message.TextBody);
        Assert.Contains("Standard shipping", message.TextBody);
    }
}
