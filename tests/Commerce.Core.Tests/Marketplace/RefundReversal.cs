using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using static Commerce.Core.Tests.Marketplace.GeneratedOrders;

namespace Commerce.Core.Tests.Marketplace;

public class RefundReversal
{
    private static readonly DateTimeOffset Paid = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly SplitPolicy Policy = new(0.10m, ChargeAssignment.Platform, ChargeAssignment.Vendors);

    /// <summary>$100 from vendor 1 (15 %), $300 from vendor 2 (8.5 %), $8 tax to the vendors, $12 shipping kept by the store.</summary>
    private static (Guid Order, LedgerTransaction Sale) TwoVendorSale()
    {
        var order = new SplitOrder([new SplitLine(1, 1, Usd(100m), Usd(0m), Usd(2m)), new SplitLine(2, 2, Usd(300m), Usd(0m), Usd(6m))],
            Usd(0m), Usd(12m), Usd(8m), Usd(420m));
        var id = Guid.NewGuid();
        return (id, Postings.Sale(id, "CM-1", OrderSplit.Compute(order, Rates, Policy), Paid, Paid.AddDays(7)));
    }

    private static OrderPosition PositionOf(IEnumerable<LedgerTransaction> transactions) =>
        OrderPosition.From("USD", transactions.SelectMany(t => t.Entries));

    [Fact]
    public void AHalfRefundTakesHalfOfEachVendorsShareAndHalfOfItsCommission()
    {
        var (order, sale) = TwoVendorSale();

        var refund = Postings.Refund(order, "CM-1", 1, PositionOf([sale]), Usd(210m), Paid.AddDays(1), Paid.AddDays(7));

        Assert.Equal(0m, refund.Sum);
        var after = PositionOf([sale, refund]);
        Assert.Equal([Usd(50m), Usd(150m)], after.Vendors.Select(v => v.Goods));
        Assert.Equal([Usd(7.50m), Usd(12.75m)], after.Vendors.Select(v => v.Commission));
        Assert.Equal([Usd(1m), Usd(3m)], after.Vendors.Select(v => v.Tax));
        Assert.Equal(Usd(6m), after.PlatformShipping);
        Assert.Equal(-210m, refund.Entries.Where(e => e.Account == AccountKind.CustomerPayments).Sum(e => e.Amount));
    }

    [Fact]
    public void RandomPartialRefundsUntilNothingIsLeftReverseEverySaleExactly()
    {
        var random = new Random(7);
        foreach (var policy in Policies())
            for (var n = 0; n < 100; n++)
            {
                var id = Guid.NewGuid();
                var order = Next(random);
                var book = new List<LedgerTransaction> { Postings.Sale(id, "CM-2", OrderSplit.Compute(order, Rates, policy), Paid, Paid) };
                var refundId = 0;
                while (PositionOf(book).Refundable is { IsZero: false } left)
                {
                    var cents = (long)(left.Amount * 100);
                    var amount = random.Next(3) == 0 ? left : Usd(Math.Max(1, (long)(random.NextDouble() * cents)) / 100m);
                    var refund = Postings.Refund(id, "CM-2", ++refundId, PositionOf(book), amount, Paid, Paid);
                    Assert.Equal(0m, refund.Sum);
                    Assert.Equal(-amount.Amount, refund.Entries.Where(e => e.Account == AccountKind.CustomerPayments).Sum(e => e.Amount));
                    book.Add(refund);
                }

                // Everything went back: no vendor payable, no commission, nothing held for the customer.
                var entries = book.SelectMany(t => t.Entries).ToList();
                Assert.All(Enum.GetValues<AccountKind>(), kind => Assert.Equal(0m, entries.Where(e => e.Account == kind).Sum(e => e.Amount)));
                Assert.All(PositionOf(book).Vendors, v => Assert.Equal(Money.Zero("USD"), v.Commission));
            }
    }

    [Fact]
    public void CommissionIsReversedInTheSameProportionAsTheGoodsAtEveryStep()
    {
        var (order, sale) = TwoVendorSale();
        var book = new List<LedgerTransaction> { sale };

        for (var i = 1; i <= 3; i++)
            book.Add(Postings.Refund(order, "CM-1", i, PositionOf(book), Usd(42m), Paid, Paid));

        // $126 of $420 refunded = 30 %: each vendor keeps 70 % of its goods and 70 % of its commission, to the cent.
        var position = PositionOf(book);
        Assert.Equal([Usd(70m), Usd(210m)], position.Vendors.Select(v => v.Goods));
        Assert.Equal([Usd(10.50m), Usd(17.85m)], position.Vendors.Select(v => v.Commission));
    }

    [Fact]
    public void MoreThanWhatRemainsCannotBeRefunded()
    {
        var (order, sale) = TwoVendorSale();
        var refund = Postings.Refund(order, "CM-1", 1, PositionOf([sale]), Usd(400m), Paid, Paid);

        Assert.Throws<DomainException>(() => Postings.Refund(order, "CM-1", 2, PositionOf([sale, refund]), Usd(20.01m), Paid, Paid));
    }
}
