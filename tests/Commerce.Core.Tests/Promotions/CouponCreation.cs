using Commerce.Core.Common;
using Commerce.Core.Promotions;

namespace Commerce.Core.Tests.Promotions;

public class CouponCreation
{
    [Fact]
    public void NormalizesTheCodeAndCurrency()
    {
        var coupon = new Coupon(" save10 ", CouponType.Percentage, 10m, "usd");

        Assert.Equal(("SAVE10", "USD", true), (coupon.Code, coupon.Currency, coupon.IsActive));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    public void RefusesAPercentageOutsideZeroToHundred(decimal value)
    {
        Assert.Throws<DomainException>(() => new Coupon("X", CouponType.Percentage, value, "USD"));
    }

    [Fact]
    public void RefusesAFixedDiscountThatIsNotPositive()
    {
        Assert.Throws<DomainException>(() => new Coupon("X", CouponType.FixedAmount, 0m, "USD"));
    }

    [Fact]
    public void FreeShippingCarriesNoValue()
    {
        Assert.Equal(0m, new Coupon("SHIPFREE", CouponType.FreeShipping, 25m, "USD").Value);
    }
}
