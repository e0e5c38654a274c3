using Commerce.Core.Notifications;
using Commerce.Infrastructure.Jobs;
using Commerce.Infrastructure.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Commerce.Infrastructure.Tests.Jobs;

public sealed class BackInStockNotice(OutboxHost host) : IClassFixture<OutboxHost>
{
    [Fact]
    public async Task AWaitingShopperIsEmailedOnceWhenStockReturns()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var variant = await ShopData.ProductAsync(db, onHand: 0);
        var email = ShopData.UniqueEmail("waiting");
        var request = new BackInStockRequest(variant.VariantId, email, DateTimeOffset.UtcNow);
        db.BackInStockRequests.Add(request);
        await db.SaveChangesAsync();

        await host.RunJobAsync<BackInStockJob>(j => j.RunAsync(CancellationToken.None));
        Assert.False(await db.OutboxEmails.AnyAsync(e => e.To == email));

        await db.InventoryLevels.Where(l => l.VariantId == variant.VariantId).ExecuteUpdateAsync(s => s.SetProperty(l => l.OnHand, 3));
        await Task.WhenAll(
            host.RunJobAsync<BackInStockJob>(j => j.RunAsync(CancellationToken.None)),
            host.RunJobAsync<BackInStockJob>(j => j.RunAsync(CancellationToken.None)));
        await host.RunJobAsync<BackInStockJob>(j => j.RunAsync(CancellationToken.None));

        var notice = await db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == email);
        Assert.Equal(EmailTemplate.BackInStock, notice.Template);
        await host.WaitUntilAsync(notice.Id, OutboxEmailStatus.Sent);
        var message = await MimeMessage.LoadAsync(Assert.Single(host.MailContaining(email)));
        Assert.Equal($"{variant.ProductName} is back in stock", message.Subject);
        Assert.Contains($"https://shop.test/p/{variant.Slug}", message.TextBody);
        Assert.NotNull(await db.BackInStockRequests.AsNoTracking().Where(r => r.Id == request.Id).Select(r => r.NotifiedAt).SingleAsync());
    }
}
