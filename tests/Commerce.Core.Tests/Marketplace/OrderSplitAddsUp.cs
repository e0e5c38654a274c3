using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using static Commerce.Core.Tests.Marketplace.GeneratedOrders;

namespace Commerce.Core.Tests.Marketplace;

public class OrderSplitAddsUp
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 4).Select(i => 1000 + i));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void VendorSharesCommissionShippingAndTaxSumToWhatWasPaidForHundredsOfOrders(int seed)
    {
        var random = new Random(seed);
        foreach (var policy in Policies())
            for (var n = 0; n < 150; n++)
            {
                var order = Next(random);
                var split = OrderSplit.Compute(order, Rates, policy);

                var vendors = Money.Sum(split.Vendors.Select(v => v.Payable), "USD");
                Assert.Equal(order.Total, vendors + split.Commission + split.PlatformTax + split.PlatformShipping);
                Assert.Equal(order.Total - order.Shipping - order.Tax, Money.Sum(split.Lines.Select(l => l.Goods), "USD"));
                Assert.All(split.Vendors, v => Assert.False(v.Payable.IsNegative));
                Assert.All(split.Lines, l => Assert.Equal(l.Goods.Multiply(policy.RateFor(Rates[l.VendorId])).Round(), l.Commission));
                Assert.Equal(policy.Tax == ChargeAssignment.Vendors ? order.Tax : Money.Zero("USD"), Money.Sum(split.Vendors.Select(v => v.Tax), "USD"));
                Assert.Equal(policy.Shipping == ChargeAssignment.Vendors ? order.Shipping : Money.Zero("USD"),
                    Money.Sum(split.Vendors.Select(v => v.Shipping), "USD"));

                var sale = Postings.Sale(Guid.NewGuid(), "CM-1", split, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
                Assert.Equal(0m, sale.Sum);
                Assert.Equal(order.Total.Amount, sale.Entries.Where(e => e.Account == AccountKind.CustomerPayments).Sum(e => e.Amount));
            }
    }

    [Fact]
    public void AVendorWithoutItsOwnRateUsesTheStoreDefault()
    {
        var order = new SplitOrder([new SplitLine(1, 3, Usd(100m), Usd(0m), Usd(0m)), new SplitLine(2, 1, Usd(100m), Usd(0m), Usd(0m))],
            Usd(0m), Usd(0m), Usd(0m), Usd(200m));

        var split = OrderSplit.Compute(order, Rates, new SplitPolicy(0.20m, ChargeAssignment.Platform, ChargeAssignment.Platform));

        Assert.Equal([Usd(15m), Usd(20m)], split.Vendors.Select(v => v.Commission));
        Assert.Equal([0.15m, 0.20m], split.Vendors.Select(v => v.CommissionRate));
    }

    [Fact]
    public void CommissionIsTakenAfterTheLinesShareOfTheDiscount()
    {
        // $30 off a $300 order: vendor 1's $100 line bears $10 of it, vendor 2's $200 line $20.
        var order = new SplitOrder([new SplitLine(1, 1, Usd(100m), Usd(0m), Usd(0m)), new SplitLine(2, 2, Usd(200m), Usd(0m), Usd(0m))],
            Usd(30m), Usd(10m), Usd(0m), Usd(280m));

        var split = OrderSplit.Compute(order, Rates, new SplitPolicy(0.1m, ChargeAssignment.Vendors, ChargeAssignment.Vendors));

        Assert.Equal([Usd(90m), Usd(180m)], split.Vendors.Select(v => v.Goods));
        Assert.Equal([Usd(13.50m), Usd(15.30m)], split.Vendors.Select(v => v.Commission));
        Assert.Equal([Usd(3.33m), Usd(6.67m)], split.Vendors.Select(v => v.Shipping));
    }

    [Fact]
    public void AnOrderWhoseTotalDoesNotAddUpIsRefused()
    {
        var order = new SplitOrder([new SplitLine(1, 1, Usd(10m), Usd(0m), Usd(0m))], Usd(0m), Usd(0m), Usd(0m), Usd(9.99m));

        Assert.Throws<DomainException>(() => OrderSplit.Compute(order, Rates, SplitPolicy.Default));
    }
}
