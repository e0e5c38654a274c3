using Commerce.Core.Notifications;
using Commerce.Infrastructure.Jobs;
using Commerce.Infrastructure.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Commerce.Infrastructure.Tests.Jobs;

public sealed class AbandonedCartReminder(OutboxHost host) : IClassFixture<OutboxHost>
{
    [Fact]
    public async Task AnIdleCartWithAnEmailGetsExactlyOneReminderLinkingBackToIt()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var variant = await ShopData.ProductAsync(db);
        var email = ShopData.UniqueEmail("idle");
        var cart = await ShopData.CartAsync(db, variant, email: email);
        await ShopData.IdleAsync(db, cart.Id, TimeSpan.FromHours(5));

        // Twice in a row and twice at once: still one reminder.
        await host.RunJobAsync<AbandonedCartJob>(j => j.RunAsync(CancellationToken.None));
        await Task.WhenAll(
            host.RunJobAsync<AbandonedCartJob>(j => j.RunAsync(CancellationToken.None)),
            host.RunJobAsync<AbandonedCartJob>(j => j.RunAsync(CancellationToken.None)));

        var reminder = await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == email);
        Assert.Equal(EmailTemplate.AbandonedCart, reminder.Template);
        await host.WaitUntilAsync(reminder.Id, OutboxEmailStatus.Sent);
        var message = await MimeMessage.LoadAsync(Assert.Single(host.MailContaining(email)));
        Assert.Equal("You left something in your cart", message.Subject);
        Assert.Contains($"https://shop.test/cart?resume={Uri.EscapeDataString(cart.Token)}", message.TextBody);
        Assert.NotNull(await db.Carts.AsNoTracking().Where(c => c.Id == cart.Id).Select(c => c.ReminderSentAt).SingleAsync());
    }

    [Fact]
    public async Task NoReminderForACartThatBecameAnOrderOrIsFreshOrHasNoEmail()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var variant = await ShopData.ProductAsync(db);
        var boughtEmail = ShopData.UniqueEmail("bought");
        var bought = await ShopData.CartAsync(db, variant, email: boughtEmail);
        await ShopData.IdleAsync(db, bought.Id, TimeSpan.FromHours(5));
        await ShopData.PaidOrderAsync(db, variant, email: boughtEmail);

        var payingEmail = ShopData.UniqueEmail("paying");
        var paying = await ShopData.CartAsync(db, variant, email: payingEmail);
        var pendingOrder = await ShopData.PaidOrderAsync(db, variant, email: ShopData.UniqueEmail("other"));
        paying.MarkOrderPending(pendingOrder.Id);
        await db.SaveChangesAsync();
        await ShopData.IdleAsync(db, paying.Id, TimeSpan.FromHours(5));

        var freshEmail = ShopData.UniqueEmail("fresh");
        await ShopData.CartAsync(db, variant, email: freshEmail);
        var anonymous = await ShopData.CartAsync(db, variant);
        await ShopData.IdleAsync(db, anonymous.Id, TimeSpan.FromHours(5));

        Assert.Equal("Succeeded", await host.RunJobAsync<AbandonedCartJob>(j => j.RunAsync(CancellationToken.None)));

        string[] none = [boughtEmail, payingEmail, freshEmail];
        Assert.False(await db.OutboxEmails.AnyAsync(e => none.Contains(e.To)));
        Assert.False(await db.OutboxEmails.AnyAsync(e => e.Template == EmailTemplate.AbandonedCart
            && (e.Key.Contains(bought.Id.ToString()) || e.Key.Contains(anonymous.Id.ToString()) || e.Key.Contains(paying.Id.ToString()))));
    }
}
