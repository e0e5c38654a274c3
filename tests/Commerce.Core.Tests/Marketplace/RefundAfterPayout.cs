using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using static Commerce.Core.Tests.Marketplace.GeneratedOrders;

namespace Commerce.Core.Tests.Marketplace;

public class RefundAfterPayout
{
    private static readonly DateTimeOffset Day0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromDays(7);
    private static readonly SplitPolicy Policy = new(0.10m, ChargeAssignment.Platform, ChargeAssignment.Platform);

    private readonly List<LedgerTransaction> _book = [];

    private Guid Sell(decimal amount, DateTimeOffset at)
    {
        var id = Guid.NewGuid();
        var order = new SplitOrder([new SplitLine(1, 1, Usd(amount), Usd(0m), Usd(0m))], Usd(0m), Usd(0m), Usd(0m), Usd(amount));
        _book.Add(Postings.Sale(id, "CM-1", OrderSplit.Compute(order, Rates, Policy), at, at + Hold));
        return id;
    }

    private VendorBalance BalanceAt(DateTimeOffset now)
    {
        var rows = _book.SelectMany(t => t.Entries.Select(e => (Entry: e, t.AvailableAt))).ToList();
        return VendorBalance.From("USD", rows.Where(r => r.Entry.Account == AccountKind.VendorPayable).Select(r => (r.Entry.ForVendor, r.AvailableAt)),
            inTransit: -rows.Where(r => r.Entry.Account == AccountKind.PayoutsInTransit).Sum(r => r.Entry.Amount),
            paidOut: -rows.Where(r => r.Entry.Account == AccountKind.PayoutsPaid).Sum(r => r.Entry.Amount), now);
    }

    private void PayOut(int id, Money amount, DateTimeOffset at)
    {
        _book.Add(Postings.PayoutCreated(id, 1, amount, at));
        _book.Add(Postings.PayoutSent(id, 1, amount, "tr_" + id, at));
    }

    [Fact]
    public void ASaleIsPendingDuringTheHoldAndAvailableAfterIt()
    {
        Sell(100m, Day0);

        Assert.Equal((Usd(85m), Usd(0m)), (BalanceAt(Day0.AddDays(6)).Pending, BalanceAt(Day0.AddDays(6)).Available));
        Assert.Equal((Usd(0m), Usd(85m)), (BalanceAt(Day0.AddDays(7)).Pending, BalanceAt(Day0.AddDays(7)).Available));
    }

    [Fact]
    public void ARefundAfterThePayoutLeavesANegativeBalanceThatTheNextPayoutNetsOff()
    {
        var first = Sell(100m, Day0);
        var payday = Day0.AddDays(8);
        Assert.Equal(Usd(85m), BalanceAt(payday).PayoutDue(Usd(10m)));
        PayOut(1, Usd(85m), payday);

        // The customer gets $40 back after the vendor was paid: the vendor owes $34 ($40 less $6 commission returned).
        _book.Add(Postings.Refund(first, "CM-1", 1, OrderPosition.From("USD", _book.Where(t => t.OrderId == first).SelectMany(t => t.Entries)),
            Usd(40m), payday.AddDays(1), payday.AddDays(1)));
        Assert.Equal(Usd(-34m), BalanceAt(payday.AddDays(1)).Available);
        Assert.Null(BalanceAt(payday.AddDays(1)).PayoutDue(Usd(10m)));

        // The next $50 sale ($42.50 to the vendor) is paid net of what is owed: $8.50.
        Sell(50m, payday.AddDays(2));
        var due = BalanceAt(payday.AddDays(10)).PayoutDue(Usd(1m));
        Assert.Equal(Usd(8.50m), due);
        PayOut(2, due!.Value, payday.AddDays(10));

        var final = BalanceAt(payday.AddDays(10));
        Assert.Equal((Usd(0m), Usd(0m), Usd(93.50m)), (final.Balance, final.InTransit, final.PaidOut));
        Assert.Equal(0m, SumOf(_book, _ => true));
    }

    [Fact]
    public void ARefundOfASaleStillOnHoldStaysPendingWithIt()
    {
        var order = Sell(100m, Day0);

        _book.Add(Postings.Refund(order, "CM-1", 1, OrderPosition.From("USD", _book.SelectMany(t => t.Entries)), Usd(100m),
            Day0.AddDays(1), Day0 + Hold));

        Assert.Equal((Usd(0m), Usd(0m)), (BalanceAt(Day0.AddDays(2)).Pending, BalanceAt(Day0.AddDays(2)).Available));
    }

    [Fact]
    public void BelowTheMinimumNothingIsPaid()
    {
        Sell(10m, Day0);

        Assert.Null(BalanceAt(Day0.AddDays(8)).PayoutDue(Usd(25m)));
        Assert.Equal(Usd(8.50m), BalanceAt(Day0.AddDays(8)).PayoutDue(Usd(5m)));
    }
}
