using Commerce.Core.Ordering;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Checkout;

public sealed class ReservationExpiry(CheckoutFixture store) : IClassFixture<CheckoutFixture>
{
    [Fact]
    public async Task UnpaidOrderReleasesItsStockAfterTheTimeout()
    {
        var variant = await store.AddVariantAsync(stock: 5);
        var cart = await store.AddCartAsync(variant, quantity: 2);
        var pending = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, card: OfflinePaymentGateway.PendingCard));
        Assert.Equal((5, 2), await store.StockAsync(variant));

        Assert.Equal(0, await ExpireOnly(pending.OrderId));
        store.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(1, await ExpireOnly(pending.OrderId));
        Assert.Equal(0, await ExpireOnly(pending.OrderId));

        Assert.Equal((5, 0), await store.StockAsync(variant));
        Assert.Equal(OrderStatus.Cancelled, await StatusOf(pending.OrderId));
    }

    [Fact]
    public async Task PaymentAndExpiryAtTheSameMomentHaveExactlyOneOutcome()
    {
        for (var round = 0; round < 5; round++)
        {
            var variant = await store.AddVariantAsync(stock: 3);
            var cart = await store.AddCartAsync(variant);
            var pending = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, card: OfflinePaymentGateway.PendingCard));
            store.Clock.Advance(TimeSpan.FromMinutes(31));

            var pay = Task.Run(() => store.Settlement.MarkPaidAsync(pending.OrderId, $"off_{pending.OrderId:N}"));
            var expire = Task.Run(() => ExpireOnly(pending.OrderId));
            var (paid, expired) = (await pay, await expire);

            var status = await StatusOf(pending.OrderId);
            if (status == OrderStatus.Confirmed)
            {
                Assert.Equal(SettlementResult.Applied, paid);
                Assert.Equal(0, expired);
                Assert.Equal((2, 0), await store.StockAsync(variant));
            }
            else
            {
                Assert.Equal(OrderStatus.Cancelled, status);
                Assert.Equal(SettlementResult.PaidAfterCancellation, paid);
                Assert.Equal(1, expired);
                Assert.Equal((3, 0), await store.StockAsync(variant));
            }
        }
    }

    /// <summary>Runs the expiry over all orders but reports only whether this test's order was expired by it.</summary>
    private async Task<int> ExpireOnly(Guid orderId)
    {
        var before = await StatusOf(orderId);
        await store.Settlement.ExpireUnpaidOrdersAsync();
        return before != OrderStatus.Cancelled && await StatusOf(orderId) == OrderStatus.Cancelled ? 1 : 0;
    }

    private Task<OrderStatus> StatusOf(Guid orderId) =>
        store.QueryAsync(db => db.Orders.Where(o => o.Id == orderId).Select(o => o.Status).SingleAsync());
}
