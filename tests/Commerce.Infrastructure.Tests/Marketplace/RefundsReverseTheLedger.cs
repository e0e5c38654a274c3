using Commerce.Core.Common;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Infrastructure.Ordering;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Infrastructure.Tests.Marketplace;

public sealed class RefundsReverseTheLedger(MarketplaceDatabase store) : IClassFixture<MarketplaceDatabase>
{
    private static Money Usd(decimal amount) => new(amount, "USD");

    private Task<List<LedgerEntry>> EntriesOfAsync(Guid orderId) => store.QueryAsync(db => db.LedgerTransactions.Where(t => t.OrderId == orderId)
        .SelectMany(t => t.Entries).ToListAsync());

    private async Task<OrderPosition> PositionAsync(Guid orderId) => OrderPosition.From("USD", await EntriesOfAsync(orderId));

    [Fact]
    public async Task APaidOrderIsSplitBetweenItsVendorsWithTheirOwnCommission()
    {
        var (acme, bolt) = (store.VendorIds[0], store.VendorIds[1]);
        var order = await store.PaidOrderAsync([(acme, 2, 50m, 10m, 6.50m), (bolt, 1, 200m, 20m, 13m)], 9.95m);

        var position = await PositionAsync(order.Id);

        Assert.Equal([Usd(90m), Usd(180m)], position.Vendors.Select(v => v.Goods));
        Assert.Equal([Usd(13.50m), Usd(15.30m)], position.Vendors.Select(v => v.Commission));
        Assert.Equal([Usd(6.50m), Usd(13m)], position.Vendors.Select(v => v.Tax));
        Assert.Equal(Usd(9.95m), position.PlatformShipping);
        Assert.Equal(order.TotalAmount, position.Refundable);
    }

    [Fact]
    public async Task AnAdminsPartialRefundReversesEachVendorsShareAndCommissionInProportion()
    {
        var (acme, bolt) = (store.VendorIds[0], store.VendorIds[1]);
        var order = await store.PaidOrderAsync([(acme, 1, 100m, 0m, 0m), (bolt, 1, 300m, 0m, 0m)], 0m);

        Assert.IsType<RefundResult.Issued>(await store.Refunds.RefundAsync(order.Id, Usd(100m), "Damaged", "admin"));

        var position = await PositionAsync(order.Id);
        Assert.Equal([Usd(75m), Usd(225m)], position.Vendors.Select(v => v.Goods));
        Assert.Equal([Usd(11.25m), Usd(19.12m)], position.Vendors.Select(v => v.Commission));
    }

    [Fact]
    public async Task ACustomerCancellationReversesTheWholeSale()
    {
        var order = await store.PaidOrderAsync([(store.VendorIds[0], 1, 40m, 0m, 2.90m), (store.VendorIds[2], 2, 15m, 0m, 2.18m)], 4.95m);

        Assert.True((await store.Cancellation.CancelAsync(order.Id, "Changed my mind", "customer:1")).Ok);

        var entries = await EntriesOfAsync(order.Id);
        Assert.All(Enum.GetValues<AccountKind>(), kind => Assert.Equal(0m, entries.Where(e => e.Account == kind).Sum(e => e.Amount)));
    }

    [Fact]
    public async Task AProviderRefundNoticeReversesOnlyWhatIsNew()
    {
        var order = await store.PaidOrderAsync(store.VendorIds[1], 80m);

        await store.Refunds.RecordProviderRefundAsync(order.Id, Usd(20m), "re_dash_1");
        await store.Refunds.RecordProviderRefundAsync(order.Id, Usd(20m), "re_dash_1");

        Assert.Equal(Usd(60m), (await PositionAsync(order.Id)).Refundable);
        Assert.Equal(2, await store.QueryAsync(db => db.LedgerTransactions.CountAsync(t => t.OrderId == order.Id)));
    }

    [Fact]
    public async Task LedgerRowsCannotBeChangedOrDeleted()
    {
        var order = await store.PaidOrderAsync(store.VendorIds[0], 10m);

        var update = await Assert.ThrowsAsync<PostgresException>(() => store.QueryAsync(db =>
            db.LedgerEntries.Where(e => e.TransactionId == db.LedgerTransactions.Single(t => t.OrderId == order.Id).Id)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Amount, 0m))));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => store.QueryAsync(db =>
            db.LedgerTransactions.Where(t => t.OrderId == order.Id).ExecuteDeleteAsync()));

        Assert.Contains("append-only", update.MessageText);
        Assert.Contains("append-only", delete.MessageText);
    }

    [Fact]
    public async Task AnUnbalancedTransactionIsRefusedAtCommit()
    {
        var vendor = store.VendorIds[0];
        var error = await Assert.ThrowsAsync<PostgresException>(() => store.QueryAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var id = Guid.NewGuid();
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO ledger_transactions (id, key, kind, currency, memo, occurred_at, available_at)
                VALUES ({id}, {"bad:" + id}, 'Adjustment', 'USD', 'Bad', now(), now());
                INSERT INTO ledger_entries (transaction_id, account, vendor_id, type, amount, currency)
                VALUES ({id}, 'VendorPayable', {vendor}, 'Adjustment', -5, 'USD');
                """);
            await tx.CommitAsync();
            return 0;
        }));

        Assert.Contains("does not balance", error.MessageText);
    }
}
