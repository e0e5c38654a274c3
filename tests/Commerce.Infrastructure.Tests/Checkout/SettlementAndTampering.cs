using Commerce.Core.Ordering;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Checkout;

public sealed class SettlementAndTampering(CheckoutFixture store) : IClassFixture<CheckoutFixture>
{
    [Fact]
    public async Task PaidTwiceCommitsStockOnce()
    {
        var variant = await store.AddVariantAsync(stock: 4);
        var cart = await store.AddCartAsync(variant, quantity: 3);
        var pending = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, card: OfflinePaymentGateway.PendingCard));

        Assert.Equal(SettlementResult.Applied, await store.Settlement.MarkPaidAsync(pending.OrderId, "ref-1"));
        Assert.Equal(SettlementResult.AlreadyApplied, await store.Settlement.MarkPaidAsync(pending.OrderId, "ref-1"));
        Assert.Equal(SettlementResult.Ignored, await store.Settlement.MarkPaymentFailedAsync(pending.OrderId, "ref-1", "late failure"));

        Assert.Equal((1, 0), await store.StockAsync(variant));
        Assert.Equal(1, await store.QueryAsync(db => db.InventoryMovements.CountAsync(m => m.OrderId == pending.OrderId)));
        Assert.Equal(1, await store.QueryAsync(db => db.OutboxEmails.CountAsync(e => e.OrderId == pending.OrderId && e.Key.StartsWith("OrderConfirmation"))));
        Assert.False(await store.QueryAsync(db => db.Carts.AnyAsync(c => c.Id == cart)));
    }

    [Fact]
    public async Task AShownTotalThatIsNotTheServersTotalChangesNothing()
    {
        var variant = await store.AddVariantAsync(price: 30m);
        var cart = await store.AddCartAsync(variant);
        var orders = await store.QueryAsync(db => db.Orders.CountAsync());

        var result = await store.PlaceAsync(cart, expectedTotal: 0.01m);

        Assert.Contains("total changed", Assert.IsType<PlaceOrderResult.Rejected>(result).Message);
        Assert.Equal(orders, await store.QueryAsync(db => db.Orders.CountAsync()));
        Assert.Equal((10, 0), await store.StockAsync(variant));
    }

    [Fact]
    public async Task OrderIsPricedFromTheCatalogNotFromTheCart()
    {
        var variant = await store.AddVariantAsync(price: 25m);
        var cart = await store.AddCartAsync(variant, quantity: 2);
        await store.QueryAsync(db => db.CartItems.Where(i => i.CartId == cart).ExecuteUpdateAsync(s => s.SetProperty(i => i.UnitPrice, 0.01m)));

        var placed = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart));

        var order = await store.QueryAsync(db => db.Orders.Include(o => o.Items).SingleAsync(o => o.Id == placed.OrderId));
        Assert.Equal(25m, Assert.Single(order.Items).UnitPrice);
        Assert.Equal(50m, order.Subtotal);
        Assert.Equal(5m, order.ShippingTotal);
        Assert.Equal(3.63m, order.TaxTotal);
        Assert.Equal(58.63m, order.Total);
    }

    [Fact]
    public async Task KeyOfAnotherShoppersOrderDoesNotRevealOrReuseIt()
    {
        var variant = await store.AddVariantAsync();
        var mine = await store.AddCartAsync(variant);
        var theirs = await store.AddCartAsync(variant);
        var first = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(mine, key: "shared-key"));

        var second = await store.PlaceAsync(theirs, key: "shared-key");

        // The key belongs to the first order; the other cart is left untouched and gets that order back only as an id.
        Assert.Equal(first.OrderId, Assert.IsType<PlaceOrderResult.Placed>(second).OrderId);
        Assert.True(await store.QueryAsync(db => db.CartItems.AnyAsync(i => i.CartId == theirs)));
    }

    [Fact]
    public async Task CustomerCancellationOfAPaidOrderRestocksAndRefunds()
    {
        var variant = await store.AddVariantAsync(stock: 6);
        var cart = await store.AddCartAsync(variant, quantity: 2);
        var placed = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart));
        Assert.Equal((4, 0), await store.StockAsync(variant));

        var result = await store.Cancellation.CancelAsync(placed.OrderId, "Changed my mind", "test");

        Assert.True(result.Ok, result.Message);
        var order = await store.QueryAsync(db => db.Orders.SingleAsync(o => o.Id == placed.OrderId));
        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(PaymentStatus.Refunded, order.PaymentStatus);
        Assert.Equal(order.Total, order.RefundedTotal);
        Assert.Equal((6, 0), await store.StockAsync(variant));
    }
}

public sealed class PaymentRetries(CheckoutFixture store) : IClassFixture<CheckoutFixture>
{
    [Fact]
    public async Task SuccessAfterAFailedAttemptTakesTheStockAgain()
    {
        var variant = await store.AddVariantAsync(stock: 5);
        var cart = await store.AddCartAsync(variant, quantity: 2);
        var declined = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, card: OfflinePaymentGateway.DeclinedCard));
        Assert.Equal((5, 0), await store.StockAsync(variant));

        Assert.Equal(SettlementResult.Applied, await store.Settlement.MarkPaidAsync(declined.OrderId, "pi_retry"));

        Assert.Equal((3, 0), await store.StockAsync(variant));
        Assert.Equal(OrderStatus.Confirmed, await store.QueryAsync(db => db.Orders.Where(o => o.Id == declined.OrderId).Select(o => o.Status).SingleAsync()));
    }

    [Fact]
    public async Task SuccessAfterAFailedAttemptWhenTheStockIsGoneAsksForARefund()
    {
        var variant = await store.AddVariantAsync(stock: 1);
        var first = await store.AddCartAsync(variant);
        var declined = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(first, card: OfflinePaymentGateway.DeclinedCard));
        Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(await store.AddCartAsync(variant)));

        Assert.Equal(SettlementResult.PaidAfterCancellation, await store.Settlement.MarkPaidAsync(declined.OrderId, "pi_late"));
        Assert.Equal((0, 0), await store.StockAsync(variant));
    }
}
