using Commerce.Infrastructure.Jobs;
using Commerce.Infrastructure.Tests.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Jobs;

public sealed class CartCleanup(OutboxHost host) : IClassFixture<OutboxHost>
{
    [Fact]
    public async Task DeletesIdleGuestCartsAndOldEmptyCartsButKeepsFreshOnesAndCustomersCarts()
    {
        await using var db = await host.Contexts.CreateDbContextAsync();
        var variant = await ShopData.ProductAsync(db);
        var customer = await ShopData.CustomerAsync(db);
        var oldGuest = await ShopData.CartAsync(db, variant);
        var freshGuest = await ShopData.CartAsync(db, variant);
        var oldCustomer = await ShopData.CartAsync(db, variant, customer.Id);
        var emptyOld = await ShopData.CartAsync(db, item: null);
        var emptyFresh = await ShopData.CartAsync(db, item: null);
        var otherCustomer = await ShopData.CustomerAsync(db);
        var emptyOldCustomer = await ShopData.CartAsync(db, item: null, otherCustomer.Id);
        await ShopData.IdleAsync(db, oldGuest.Id, TimeSpan.FromDays(8));
        await ShopData.IdleAsync(db, freshGuest.Id, TimeSpan.FromDays(6));
        await ShopData.IdleAsync(db, oldCustomer.Id, TimeSpan.FromDays(90));
        await ShopData.IdleAsync(db, emptyOld.Id, TimeSpan.FromDays(2));
        await ShopData.IdleAsync(db, emptyFresh.Id, TimeSpan.FromHours(3));
        await ShopData.IdleAsync(db, emptyOldCustomer.Id, TimeSpan.FromDays(2));

        Assert.Equal("Succeeded", await host.RunJobAsync<CartCleanupJob>(j => j.RunAsync(CancellationToken.None)));
        Assert.Equal("Succeeded", await host.RunJobAsync<CartCleanupJob>(j => j.RunAsync(CancellationToken.None)));

        var left = await db.Carts.AsNoTracking().Select(c => c.Id).ToListAsync();
        Assert.DoesNotContain(oldGuest.Id, left);
        Assert.DoesNotContain(emptyOld.Id, left);
        Assert.DoesNotContain(emptyOldCustomer.Id, left);
        Assert.Contains(freshGuest.Id, left);
        Assert.Contains(oldCustomer.Id, left);
        Assert.Contains(emptyFresh.Id, left);
        Assert.False(await db.CartItems.AnyAsync(i => i.CartId == oldGuest.Id));
    }
}
