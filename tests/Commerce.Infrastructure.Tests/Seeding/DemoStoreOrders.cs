using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Seeding;

[Collection(SeededDemoStoreCollection.Name)]
public sealed class DemoStoreOrders(SeededDemoStore store)
{
    [Fact]
    public async Task RecordsAboutADozenOrdersInEveryStageWithSequenceNumbers()
    {
        var orders = await store.Host.QueryAsync(db => db.Orders.AsNoTracking().OrderBy(o => o.PlacedAt).ToListAsync());

        Assert.InRange(orders.Count, 10, 15);
        Assert.Subset(orders.Select(o => o.Status).ToHashSet(),
            new HashSet<OrderStatus> { OrderStatus.Delivered, OrderStatus.Shipped, OrderStatus.Confirmed, OrderStatus.Cancelled });
        Assert.All(orders, o => Assert.True(OrderNumber.LooksValid(o.Number), o.Number));
        Assert.All(orders, o => Assert.StartsWith($"ORD-{o.PlacedAt.UtcDateTime:yyyyMMdd}-", o.Number));
        Assert.Equal(orders.Select(o => o.Number), orders.Select(o => o.Number).Order(StringComparer.Ordinal));
        Assert.All(orders, o => Assert.Equal(o.Subtotal - o.DiscountTotal + o.ShippingTotal + o.TaxTotal, o.Total));
        Assert.All(orders, o => Assert.True(o.PlacedAt < SeededDemoStore.Now && o.UpdatedAt == SeededDemoStore.Now));
    }

    [Fact]
    public async Task TakesAnOfflinePaymentAndSplitsEveryPaidOrderByVendor()
    {
        var paid = await store.Host.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.Items)
            .Where(o => o.PaymentStatus != PaymentStatus.Voided).ToListAsync());
        var payments = await store.Host.QueryAsync(db => db.Payments.AsNoTracking().ToListAsync());
        var splits = await store.Host.QueryAsync(db => db.VendorOrderSplits.AsNoTracking().ToListAsync());

        Assert.All(paid, order =>
        {
            var payment = Assert.Single(payments, p => p.OrderId == order.Id);
            Assert.Equal((OfflinePaymentGateway.ProviderName, PaymentRecordStatus.Succeeded, order.Total), (payment.Provider, payment.Status, payment.Amount));
            var orderSplits = splits.Where(s => s.OrderId == order.Id).ToList();
            Assert.Equal(order.Items.Select(i => i.VendorId).Distinct().Order(), orderSplits.Select(s => s.VendorId).Order());
            Assert.Equal(order.Subtotal - order.DiscountTotal, orderSplits.Sum(s => s.Gross));
        });
        Assert.Contains(splits, s => s.Status == SplitStatus.Payable);
        Assert.Contains(splits, s => s.Status == SplitStatus.Reversed);
    }

    [Fact]
    public async Task ShipsEachVendorsPartWithATrackingLink()
    {
        var shipped = await store.Host.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.Shipments).Include(o => o.Items)
            .Where(o => o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered).ToListAsync());

        Assert.NotEmpty(shipped);
        Assert.All(shipped, order =>
        {
            Assert.Equal(order.Items.Select(i => i.VendorId).Distinct().Order(), order.Shipments.Select(s => s.VendorId).Order());
            Assert.All(order.Shipments, s => Assert.Contains(s.TrackingNumber, s.TrackingUrl));
            Assert.All(order.Items, i => Assert.Equal(i.Quantity, i.FulfilledQuantity));
        });
        Assert.Contains(shipped, o => o.Shipments.Count > 1);
    }

    [Fact]
    public async Task KeepsCustomerTotalsAndCouponUsageInStepWithTheOrders()
    {
        var customers = await store.Host.QueryAsync(db => db.Customers.AsNoTracking().ToListAsync());
        var counted = await store.Host.QueryAsync(db => db.Orders.AsNoTracking()
            .Where(o => o.Status != OrderStatus.Cancelled).GroupBy(o => o.CustomerId)
            .Select(g => new { CustomerId = g.Key, Count = g.Count(), Spent = g.Sum(o => o.Total) }).ToListAsync());
        var coupons = await store.Host.QueryAsync(db => db.Coupons.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.TimesUsed));
        var redemptions = await store.Host.QueryAsync(db => db.CouponRedemptions.CountAsync());

        Assert.All(counted, c => Assert.Equal((c.Count, c.Spent), customers.Where(x => x.Id == c.CustomerId).Select(x => (x.OrderCount, x.TotalSpent)).Single()));
        Assert.Equal(redemptions, coupons.Values.Sum());
        Assert.Equal(1, coupons["SAVE20"]);
    }
}
