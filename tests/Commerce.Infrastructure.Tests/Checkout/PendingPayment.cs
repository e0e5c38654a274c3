using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Checkout;

/// <summary>A shopper whose payment "stays pending" is not stuck: pay the same order with another card, or give it up.</summary>
public sealed class PendingPayment(CheckoutFixture store) : IClassFixture<CheckoutFixture>
{
    [Fact]
    public async Task AnotherCardPaysTheSameOrderWithoutReservingItsUnitsTwice()
    {
        var variant = await store.AddVariantAsync(stock: 5);
        var cart = await store.AddCartAsync(variant, quantity: 2);
        var pending = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, card: OfflinePaymentGateway.PendingCard));
        Assert.Equal(PaymentOutcomeKind.Pending, pending.Payment!.Kind);

        var paid = Assert.IsType<PlaceOrderResult.Placed>(
            await store.Placement.PayPendingAsync(cart, pending.OrderId, new PaymentInput(OfflinePaymentGateway.SuccessCard)));

        Assert.Equal(pending.OrderId, paid.OrderId);
        Assert.Equal(PaymentOutcomeKind.Succeeded, paid.Payment!.Kind);
        Assert.Equal((3, 0), await store.StockAsync(variant)); // two units sold once, nothing left reserved
        var (orders, reservations, payments, cartLeft) = await store.QueryAsync(async db => (
            await db.Orders.CountAsync(o => o.Items.Any(i => i.VariantId == variant)),
            await db.InventoryReservations.CountAsync(r => r.OrderId == pending.OrderId),
            await db.Payments.Where(p => p.OrderId == pending.OrderId).OrderBy(p => p.Id).Select(p => p.Status).ToListAsync(),
            await db.Carts.AnyAsync(c => c.Id == cart)));
        Assert.Equal(1, orders);
        Assert.Equal(1, reservations);
        Assert.Equal([Core.Payments.PaymentRecordStatus.Failed, Core.Payments.PaymentRecordStatus.Succeeded], payments);
        Assert.False(cartLeft);
        Assert.Equal(PaymentStatus.Paid, await store.QueryAsync(db => db.Orders.Where(o => o.Id == pending.OrderId).Select(o => o.PaymentStatus).SingleAsync()));
    }

    [Fact]
    public async Task AbandoningItFreesTheCartToCheckOutAfreshAndTellsTheShopperNothingWasCharged()
    {
        var variant = await store.AddVariantAsync(stock: 5);
        var cart = await store.AddCartAsync(variant, quantity: 2);
        var pending = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, card: OfflinePaymentGateway.PendingCard));

        Assert.True(await store.Settlement.AbandonAsync(pending.OrderId, cart));
        Assert.False(await store.Settlement.AbandonAsync(pending.OrderId, cart));

        Assert.Equal((5, 0), await store.StockAsync(variant));
        Assert.Equal(OrderStatus.Cancelled, await store.QueryAsync(db => db.Orders.Where(o => o.Id == pending.OrderId).Select(o => o.Status).SingleAsync()));
        Assert.True(await store.QueryAsync(db => db.OutboxEmails.AnyAsync(e => e.OrderId == pending.OrderId && e.Template == EmailTemplate.OrderCancelled)));
        var fresh = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart));
        Assert.NotEqual(pending.OrderId, fresh.OrderId);
        Assert.Equal(PaymentOutcomeKind.Succeeded, fresh.Payment!.Kind);
        Assert.Equal((3, 0), await store.StockAsync(variant));
        Assert.Null(await store.Placement.PayPendingAsync(cart, pending.OrderId, new PaymentInput(OfflinePaymentGateway.SuccessCard)));
    }

    [Fact]
    public async Task AnOrderThatExpiresUnpaidEmailsTheShopperOnce()
    {
        var variant = await store.AddVariantAsync(stock: 5);
        var cart = await store.AddCartAsync(variant);
        var pending = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, card: OfflinePaymentGateway.PendingCard));

        store.Clock.Advance(TimeSpan.FromMinutes(31));
        await store.Settlement.ExpireUnpaidOrdersAsync();
        await store.Settlement.ExpireUnpaidOrdersAsync();

        var emails = await store.QueryAsync(db => db.OutboxEmails.Where(e => e.OrderId == pending.OrderId).Select(e => e.Template).ToListAsync());
        Assert.Equal([EmailTemplate.OrderCancelled], emails);
        Assert.True(await store.QueryAsync(db => db.Carts.AnyAsync(c => c.Id == cart && c.PendingOrderId == null)));
    }
}
