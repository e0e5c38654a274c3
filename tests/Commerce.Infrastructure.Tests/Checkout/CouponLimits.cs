using Commerce.Core.Promotions;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Checkout;

public sealed class CouponLimits(CheckoutFixture store) : IClassFixture<CheckoutFixture>
{
    [Fact]
    public async Task FiftyConcurrentCheckoutsRedeemASingleUseCouponOnce()
    {
        var variant = await store.AddVariantAsync(price: 40m, stock: 100);
        var couponId = await store.AddCouponAsync("ONCE50", CouponType.FixedAmount, 10m, usageLimit: 1);
        var carts = new List<Guid>();
        for (var i = 0; i < 50; i++) carts.Add(await store.AddCartAsync(variant, coupon: "ONCE50"));
        var totals = new Dictionary<Guid, decimal>();
        foreach (var cart in carts) totals[cart] = await store.ShownTotalAsync(cart);

        var results = await Task.WhenAll(carts.Select(cart => Task.Run(() => store.PlaceAsync(cart, expectedTotal: totals[cart]))));

        Assert.Single(results.OfType<PlaceOrderResult.Placed>());
        Assert.All(results.OfType<PlaceOrderResult.Rejected>(), r => Assert.Contains("usage limit", r.Message));
        Assert.Equal(1, await store.QueryAsync(db => db.CouponRedemptions.CountAsync(r => r.CouponId == couponId && r.Status != RedemptionStatus.Released)));
        Assert.Equal(1, await store.QueryAsync(db => db.Coupons.Where(c => c.Id == couponId).Select(c => c.TimesUsed).SingleAsync()));
    }

    [Fact]
    public async Task FailedPaymentGivesTheCouponUseBack()
    {
        var variant = await store.AddVariantAsync(price: 40m);
        var couponId = await store.AddCouponAsync("RETRYME", CouponType.Percentage, 10m, usageLimit: 1);
        var cart = await store.AddCartAsync(variant, coupon: "RETRYME");

        var declined = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart, card: OfflinePaymentGateway.DeclinedCard));
        Assert.Equal(PaymentOutcomeKind.Failed, declined.Payment!.Kind);
        Assert.Equal(0, await store.QueryAsync(db => db.Coupons.Where(c => c.Id == couponId).Select(c => c.TimesUsed).SingleAsync()));
        Assert.Equal((10, 0), await store.StockAsync(variant));

        var paid = Assert.IsType<PlaceOrderResult.Placed>(await store.PlaceAsync(cart));
        Assert.Equal(PaymentOutcomeKind.Succeeded, paid.Payment!.Kind);
        Assert.NotEqual(declined.OrderId, paid.OrderId);
        Assert.Equal(1, await store.QueryAsync(db => db.Coupons.Where(c => c.Id == couponId).Select(c => c.TimesUsed).SingleAsync()));
        Assert.Equal((9, 0), await store.StockAsync(variant));
    }

    [Fact]
    public async Task PerCustomerLimitHoldsForTheSameEmailInTwoCarts()
    {
        var variant = await store.AddVariantAsync(price: 40m, stock: 20);
        await store.AddCouponAsync("ONEEACH", CouponType.Percentage, 10m, perCustomer: 1);
        var first = await store.AddCartAsync(variant, email: "twice@test.example", coupon: "ONEEACH");
        var second = await store.AddCartAsync(variant, email: "twice@test.example", coupon: "ONEEACH");

        var results = await Task.WhenAll(Task.Run(() => store.PlaceAsync(first)), Task.Run(() => store.PlaceAsync(second)));

        Assert.Single(results.OfType<PlaceOrderResult.Placed>());
        Assert.Contains("already used", Assert.Single(results.OfType<PlaceOrderResult.Rejected>()).Message);
    }
}
