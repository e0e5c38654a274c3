using Commerce.Core.Common;
using Commerce.Core.Marketplace;

namespace Commerce.Core.Tests.Marketplace;

public class VendorPayoutRun
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private static VendorOrderSplit Payable(int vendorId = 1, decimal gross = 100m, string currency = "USD")
    {
        var split = VendorSplitStatus.Split(vendorId, gross, currency);
        split.MakePayable();
        return split;
    }

    [Fact]
    public void PaysTheSumOfNetAmounts()
    {
        var payout = new VendorPayout(1, [Payable(gross: 100m), Payable(gross: 50m)], Now, Now);

        Assert.Equal(135m, payout.Amount);
        Assert.Equal(PayoutStatus.Pending, payout.Status);
    }

    [Fact]
    public void RefusesNoSplitsOrAnotherVendorsSplits()
    {
        Assert.Throws<DomainException>(() => new VendorPayout(1, [], Now, Now));
        Assert.Throws<DomainException>(() => new VendorPayout(1, [Payable(vendorId: 1), Payable(vendorId: 2)], Now, Now));
    }

    [Fact]
    public void RefusesSplitsInDifferentCurrencies()
    {
        Assert.Throws<DomainException>(() => new VendorPayout(1, [Payable(currency: "USD"), Payable(currency: "EUR")], Now, Now));
    }

    [Fact]
    public void RefusesSplitsThatAreNotPayable()
    {
        var reversed = VendorSplitStatus.Split();
        reversed.Reverse();

        Assert.Throws<DomainException>(() => new VendorPayout(1, [VendorSplitStatus.Split()], Now, Now));
        Assert.Throws<DomainException>(() => new VendorPayout(1, [Payable(), reversed], Now, Now));
    }

    [Fact]
    public void SettlingPaysEachSplitOnlyOnce()
    {
        var split = Payable();
        var payout = new VendorPayout(1, [split], Now, Now);

        payout.Settle([split]);
        Assert.Equal(SplitStatus.PaidOut, split.Status);

        Assert.Throws<DomainException>(() => new VendorPayout(1, [Payable()], Now, Now).Settle([split]));
    }

    [Fact]
    public void RecordsTheTransferReferenceWhenSent()
    {
        var payout = new VendorPayout(1, [Payable()], Now, Now);

        payout.MarkSent("tr_123", Now.AddHours(1));

        Assert.Equal((PayoutStatus.Sent, "tr_123", Now.AddHours(1)), (payout.Status, payout.Reference, payout.SentAt));
    }
}
