using Commerce.Core.Common;
using Commerce.Core.Marketplace;

namespace Commerce.Core.Tests.Marketplace;

public class VendorSplitStatus
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    internal static VendorOrderSplit Split(int vendorId = 1, decimal gross = 100m, string currency = "USD") =>
        new(Guid.NewGuid(), vendorId, new Money(gross, currency), 0.1m, Now);

    [Fact]
    public void BecomesPayableOnlyFromPending()
    {
        var split = Split();
        split.MakePayable();
        Assert.Equal(SplitStatus.Payable, split.Status);

        var reversed = Split();
        reversed.Reverse();
        reversed.MakePayable();
        Assert.Equal(SplitStatus.Reversed, reversed.Status);
    }

    [Fact]
    public void CannotBeReversedOncePaidOut()
    {
        var split = Split();
        split.MakePayable();
        new VendorPayout(1, [split], Now, Now).Settle([split]);

        Assert.Throws<DomainException>(split.Reverse);
        Assert.Equal(SplitStatus.PaidOut, split.Status);
    }
}
