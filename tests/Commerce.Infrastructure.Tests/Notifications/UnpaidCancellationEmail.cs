using Commerce.Core.Notifications;
using Commerce.Infrastructure.Notifications.Rendering;
using Commerce.Infrastructure.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Notifications;

public sealed class UnpaidCancellationEmail(OutboxHost host) : IClassFixture<OutboxHost>
{
    [Fact]
    public async Task AnOrderThatExpiredUnpaidSaysItWasCancelledThatNothingWasChargedAndLinksToTheCart()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var order = await ShopData.PaidOrderAsync(db, await ShopData.ProductAsync(db), paid: false);
        order.Cancel(OrderSettlement.ExpiredReason, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();

        var content = (await host.Services.GetRequiredService<EmailRenderer>()
            .RenderAsync(db, OutboxEmail.ForOrder(EmailTemplate.OrderCancelled, order.Id, order.Email))).Content!;

        Assert.Equal($"Order {order.Number} has been cancelled", content.Subject);
        Assert.Contains("Nothing was charged", content.Text);
        Assert.Contains(OrderSettlement.ExpiredReason, content.Text);
        Assert.Contains("https://shop.test/cart", content.Text);
        Assert.DoesNotContain("refunded", content.Text);
    }
}
