using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Reporting;

namespace Commerce.Core.Tests.Reporting;

public sealed class SalesFiguresArithmetic
{
    [Fact]
    public void RevenueIsGrossLessRefunds()
    {
        var figures = new SalesFigures(3, new Money(300.00m, "USD"), new Money(45.50m, "USD"));

        Assert.Equal(new Money(254.50m, "USD"), figures.Revenue);
    }

    [Fact]
    public void AverageOrderValueIsGrossPerOrderRoundedToTheCent()
    {
        var figures = new SalesFigures(3, new Money(100.00m, "USD"), new Money(90m, "USD"));

        Assert.Equal(new Money(33.33m, "USD"), figures.AverageOrderValue);
        Assert.Equal(Money.Zero("USD"), SalesFigures.None("USD").AverageOrderValue);
    }

    [Fact]
    public void ConversionIsOrdersPerCartStartedAndUnknownWithoutCarts()
    {
        Assert.Equal(0.1667m, new SalesFigures(1, new Money(10m, "USD"), Money.Zero("USD"), CartsStarted: 6).Conversion);
        Assert.Null(new SalesFigures(1, new Money(10m, "USD"), Money.Zero("USD")).Conversion);
    }

    [Theory]
    [InlineData(PaymentStatus.Paid, true)]
    [InlineData(PaymentStatus.PartiallyRefunded, true)]
    [InlineData(PaymentStatus.Refunded, true)]
    [InlineData(PaymentStatus.Pending, false)]
    [InlineData(PaymentStatus.Failed, false)]
    [InlineData(PaymentStatus.Voided, false)]
    public void AnOrderIsASaleOnceItTookPayment(PaymentStatus status, bool sale) => Assert.Equal(sale, Sales.IsSale(status));
}
