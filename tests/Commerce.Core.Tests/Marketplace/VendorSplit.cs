using Commerce.Core.Common;
using Commerce.Core.Marketplace;

namespace Commerce.Core.Tests.Marketplace;

public class VendorSplit
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CommissionRoundedToCents()
    {
        var split = new VendorOrderSplit(Guid.NewGuid(), vendorId: 1, new Money(33.33m, "USD"), commissionRate: 0.15m, Now);

        Assert.Equal(5.00m, split.Commission);
        Assert.Equal(28.33m, split.Net);
        Assert.Equal(split.Gross, split.Commission + split.Net);
    }

    [Fact]
    public void RoundsCommissionHalfAwayFromZero()
    {
        var split = new VendorOrderSplit(Guid.NewGuid(), 1, new Money(10.10m, "USD"), 0.15m, Now);

        Assert.Equal(1.52m, split.Commission);
        Assert.Equal(8.58m, split.Net);
    }

    [Fact]
    public void RefusesNegativeGross()
    {
        Assert.Throws<DomainException>(() => new VendorOrderSplit(Guid.NewGuid(), 1, new Money(-1m, "USD"), 0.1m, Now));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void RefusesACommissionRateOutsideZeroToOne(decimal rate)
    {
        Assert.Throws<DomainException>(() => new VendorOrderSplit(Guid.NewGuid(), 1, new Money(10m, "USD"), rate, Now));
    }
}
