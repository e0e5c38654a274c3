using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
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
    public async Task TakesAnOfflinePaymentAndPostsEveryPaidOrderToTheLedger()
    {
        var paid = await store.Host.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.Items)
            .Where(o => o.PaymentStatus != PaymentStatus.Voided).ToListAsync());
        var payments = await store.Host.QueryAsync(db => db.Payments.AsNoTracking().ToListAsync());
        var sales = await store.Host.QueryAsync(db => db.LedgerTransactions.AsNoTracking().Include(t => t.Entries)
            .Where(t => t.Kind == TransactionKind.Sale).ToListAsync());

        Assert.All(paid, order =>
        {
            var payment = Assert.Single(payments, p => p.OrderId == order.Id);
            Assert.Equal((OfflinePaymentGateway.ProviderName, PaymentRecordStatus.Succeeded, order.Total), (payment.Provider, payment.Status, payment.Amount));
            var sale = Assert.Single(sales, s => s.OrderId == order.Id);
            Assert.Equal(order.Items.Select(i => i.VendorId).Distinct().Order(),
                sale.Entries.Where(e => e.Account == AccountKind.VendorPayable).Select(e => e.VendorId!.Value).Distinct().Order());
            Assert.Equal(order.Total, sale.Entries.Where(e => e.Account == AccountKind.CustomerPayments).Sum(e => e.Amount));
        });
    }

    [Fact]
    public async Task HasRefundsPayoutsAndABalancedLedger()
    {
        var kinds = await store.Host.QueryAsync(db => db.LedgerTransactions.Select(t => t.Kind).Distinct().ToListAsync());
        var total = await store.Host.QueryAsync(db => db.LedgerEntries.SumAsync(e => e.Amount));
        var payouts = await store.Host.QueryAsync(db => db.VendorPayouts.AsNoTracking().ToListAsync());

        Assert.Equal(0m, total);
        Assert.Superset(new HashSet<TransactionKind> { TransactionKind.Sale, TransactionKind.Refund, TransactionKind.PayoutCreated, TransactionKind.PayoutSent },
            kinds.ToHashSet());
        Assert.Equal(3, payouts.Count);
        Assert.All(payouts, p => Assert.Equal(PayoutStatus.Sent, p.Status));
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
