using Commerce.Core.Ordering;
using Commerce.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Checkout;

public sealed class StockUnderConcurrency(CheckoutFixture store) : IClassFixture<CheckoutFixture>
{
    [Fact]
    public async Task TwoHundredBuyersForTenUnitsMakeExactlyTenOrders()
    {
        var variant = await store.AddVariantAsync(stock: 10);
        var carts = new List<Guid>();
        for (var i = 0; i < 200; i++) carts.Add(await store.AddCartAsync(variant));
        var totals = new Dictionary<Guid, decimal>();
        foreach (var cart in carts) totals[cart] = await store.ShownTotalAsync(cart);

        var results = await Task.WhenAll(carts.Select(cart => Task.Run(() => store.PlaceAsync(cart, expectedTotal: totals[cart]))));

        var placed = results.OfType<PlaceOrderResult.Placed>().ToList();
        var rejected = results.OfType<PlaceOrderResult.Rejected>().ToList();
        Assert.Equal(10, placed.Count);
        Assert.Equal(190, rejected.Count);
        Assert.All(rejected, r => Assert.Contains("sold out", r.Message));
        Assert.Equal((0, 0), await store.StockAsync(variant));
        Assert.Equal(10, await store.QueryAsync(db => db.Orders.CountAsync(o => o.Items.Any(i => i.VariantId == variant) && o.Status == OrderStatus.Confirmed)));
    }

    [Fact]
    public async Task OnHandNeverGoesNegativeWhenBuyersTakeSeveralUnits()
    {
        var variant = await store.AddVariantAsync(stock: 7);
        var carts = new List<Guid>();
        for (var i = 0; i < 30; i++) carts.Add(await store.AddCartAsync(variant, quantity: 2));

        var results = await Task.WhenAll(carts.Select(cart => Task.Run(() => store.PlaceAsync(cart))));

        Assert.Equal(3, results.OfType<PlaceOrderResult.Placed>().Count());
        Assert.Equal((1, 0), await store.StockAsync(variant));
    }
}
