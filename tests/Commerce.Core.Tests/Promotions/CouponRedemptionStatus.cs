using Commerce.Core.Common;
using Commerce.Core.Promotions;

namespace Commerce.Core.Tests.Promotions;

public class CouponRedemptionStatus
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static CouponRedemption Reserved() =>
        new(couponId: 1, Guid.NewGuid(), customerId: null, "Ada@Example.com", new Money(5m, "USD"), Now);

    [Fact]
    public void ReleasesOnlyOnce()
    {
        var redemption = Reserved();

        Assert.True(redemption.Release());
        Assert.False(redemption.Release());
        Assert.Equal(RedemptionStatus.Released, redemption.Status);
    }

    [Fact]
    public void ConfirmsOnlyAReservation()
    {
        var redemption = Reserved();
        Assert.Equal("ada@example.com", redemption.Email);

        redemption.Confirm();
        Assert.Equal(RedemptionStatus.Confirmed, redemption.Status);

        var released = Reserved();
        released.Release();
        released.Confirm();
        Assert.Equal(RedemptionStatus.Released, released.Status);
    }
}
