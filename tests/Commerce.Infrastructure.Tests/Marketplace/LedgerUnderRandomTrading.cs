using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Marketplace;

public sealed class LedgerUnderRandomTrading : IAsyncLifetime
{
    private readonly MarketplaceDatabase _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();
    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task AfterOrdersRefundsCancellationsAndPayoutsTheLedgerSumsToZeroAndEveryStatementEqualsItsBalance()
    {
        var random = new Random(20261204);
        _store.Rail.Inner = _store.StripeRail();
        var orders = new List<Order>();
        for (var day = 0; day < 24; day++)
        {
            for (var n = random.Next(0, 4); n > 0; n--) orders.Add(await _store.PaidOrderAsync(RandomLines(random), random.Next(0, 3) * 4.95m));
            foreach (var order in orders.Where(_ => random.Next(8) == 0).ToList()) await RandomRefundAsync(order, random);
            if (day % 7 == 6) await _store.Payouts.RunAsync($"day-{day}");
            _store.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(0m, await _store.LedgerTotalAsync());
        Assert.Empty(await _store.UnbalancedTransactionsAsync());
        // What the ledger holds for customers is exactly what they paid less what they got back.
        var kept = await _store.QueryAsync(db => db.Orders.Where(o => o.PaymentStatus != PaymentStatus.Pending).SumAsync(o => o.Total - o.RefundedTotal));
        var held = await _store.QueryAsync(db => db.LedgerEntries.Where(e => e.Account == AccountKind.CustomerPayments).SumAsync(e => e.Amount));
        Assert.Equal(kept, held);
        Assert.Contains(await _store.QueryAsync(db => db.Orders.Select(o => o.PaymentStatus).ToListAsync()), s => s == PaymentStatus.PartiallyRefunded);

        foreach (var vendorId in _store.VendorIds)
        {
            var balance = await _store.BalanceAsync(vendorId);
            var statement = await _store.QueryAsync(db => VendorStatements.ForAsync(db, vendorId, DateTimeOffset.MinValue, DateTimeOffset.MaxValue, "USD"));
            Assert.Equal(balance.Balance, statement.Closing);
            var paidOut = (await _store.PayoutsAsync(vendorId)).Where(p => p.Status != PayoutStatus.Cancelled).Sum(p => p.Amount);
            Assert.Equal(-paidOut, statement.TotalOf(EntryType.Payout).Amount);
            Assert.Equal(paidOut, balance.PaidOut.Amount + balance.InTransit.Amount);
            // A statement for a part of the history starts where the previous part ended.
            var middle = _store.Clock.GetUtcNow().AddDays(-12);
            var first = await _store.QueryAsync(db => VendorStatements.ForAsync(db, vendorId, DateTimeOffset.MinValue, middle, "USD"));
            var second = await _store.QueryAsync(db => VendorStatements.ForAsync(db, vendorId, middle, DateTimeOffset.MaxValue, "USD"));
            Assert.Equal(first.Closing, second.Opening);
            Assert.Equal(statement.Closing, second.Closing);
        }
    }

    private List<(int VendorId, int Quantity, decimal Unit, decimal Discount, decimal Tax)> RandomLines(Random random) =>
        Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
        {
            var quantity = random.Next(1, 4);
            var unit = random.Next(100, 9_000) / 100m;
            var discount = random.Next(3) == 0 ? Math.Round(unit * quantity * random.Next(5, 40) / 100m, 2) : 0m;
            var tax = Math.Round((unit * quantity - discount) * 0.0725m, 2, MidpointRounding.AwayFromZero);
            return (_store.VendorIds[random.Next(3)], quantity, unit, discount, tax);
        }).ToList();

    private async Task RandomRefundAsync(Order order, Random random)
    {
        var state = await _store.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id));
        var left = state.Total - state.RefundedTotal;
        if (left <= 0 || state.PaymentStatus is not (PaymentStatus.Paid or PaymentStatus.PartiallyRefunded)) return;
        switch (random.Next(3))
        {
            case 0 when state.PaymentStatus == PaymentStatus.Paid && state.Status != OrderStatus.Cancelled:
                Assert.True((await _store.Cancellation.CancelAsync(order.Id, "Changed mind", "customer:1")).Ok);
                break;
            case 1:
                Assert.IsType<RefundResult.Issued>(await _store.Refunds.RefundAsync(order.Id, new Money(left, "USD"), "Full refund", "admin"));
                break;
            default:
                var part = Math.Max(0.01m, Math.Round(left * (decimal)random.NextDouble(), 2));
                Assert.IsType<RefundResult.Issued>(await _store.Refunds.RefundAsync(order.Id, new Money(part, "USD"), "Goodwill", "admin"));
                break;
        }
    }
}
