using Commerce.Core.Ordering;
using Commerce.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Checkout;

public sealed class CheckoutIdempotency(CheckoutFixture store) : IClassFixture<CheckoutFixture>
{
    [Fact]
    public async Task SameFormSubmittedFiveTimesAtOnceMakesOneOrderAndOnePayment()
    {
        var variant = await store.AddVariantAsync(stock: 10);
        var cart = await store.AddCartAsync(variant);
        var total = await store.ShownTotalAsync(cart);

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => store.PlaceAsync(cart, key: "form-key-1", expectedTotal: total))));

        var ids = results.Cast<PlaceOrderResult.Placed>().Select(p => p.OrderId).Distinct().ToList();
        var orderId = Assert.Single(ids);
        Assert.Equal(1, await store.QueryAsync(db => db.Payments.CountAsync(p => p.OrderId == orderId)));
        Assert.Equal(1, await store.QueryAsync(db => db.Orders.CountAsync(o => o.IdempotencyKey == "form-key-1")));
        Assert.Equal((9, 0), await store.StockAsync(variant));
    }

    [Fact]
    public async Task TwentyPlaceOrderClicksOnOneCartMakeOneOrder()
    {
        var variant = await store.AddVariantAsync(stock: 50);
        var cart = await store.AddCartAsync(variant, quantity: 2);
        var total = await store.ShownTotalAsync(cart);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.PlaceAsync(cart, key: $"tab-{i}", expectedTotal: total))));

        var orderIds = results.OfType<PlaceOrderResult.Placed>().Select(p => p.OrderId).Distinct().ToList();
        Assert.Single(orderIds);
        Assert.Equal(1, await store.QueryAsync(db => db.Payments.CountAsync(p => p.OrderId == orderIds[0])));
        Assert.Equal((48, 0), await store.StockAsync(variant));
    }

    [Fact]
    public async Task ResubmittingAfterPaymentReturnsTheSameConfirmedOrder()
    {
        var variant = await store.AddVariantAsync();
        var cart = await store.AddCartAsync(variant);
        var total = await store.ShownTotalAsync(cart);

        var first = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, key: "refresh-key", expectedTotal: total));
        var again = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, key: "refresh-key", expectedTotal: total));

        Assert.Equal(first.OrderId, again.OrderId);
        Assert.Null(again.Payment);
        Assert.Equal(OrderStatus.Confirmed, await store.QueryAsync(db => db.Orders.Where(o => o.Id == first.OrderId).Select(o => o.Status).SingleAsync()));
    }
}
