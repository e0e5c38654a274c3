using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

public class OrderNumberFormat
{
    [Fact]
    public void LooksLikeOrdDateSequence()
    {
        var number = OrderNumber.Format(new DateOnly(2026, 11, 25), 1);

        Assert.Equal("ORD-20261125-0001", number);
        Assert.True(OrderNumber.LooksValid(number));
    }

    [Fact]
    public void GrowsPastFourDigits()
    {
        var number = OrderNumber.Format(new DateOnly(2026, 1, 2), 123456);

        Assert.Equal("ORD-20260102-123456", number);
        Assert.True(OrderNumber.LooksValid(number));
    }

    [Fact]
    public void RefusesSequenceValuesBelowOne()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderNumber.Format(new DateOnly(2026, 1, 2), 0));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ORD-2026112-00001")]
    [InlineData("ord-20261125-0001")]
    [InlineData("ORD-20261125-00A1")]
    [InlineData("ORD-20261125_0001")]
    public void RejectsLookAlikes(string? number)
    {
        Assert.False(OrderNumber.LooksValid(number));
    }
}
