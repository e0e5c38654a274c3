using Commerce.Core.Common;
using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

public class OrderRefund
{
    private static readonly DateTimeOffset Later = PlacedOrders.PlacedAt.AddDays(1);

    [Fact]
    public void CannotExceedTotal()
    {
        var order = PlacedOrders.Paid();
        order.RecordRefund(PlacedOrders.Usd(10m), Later);

        Assert.Throws<DomainException>(() => order.RecordRefund(PlacedOrders.Usd(5.01m), Later));
        Assert.Equal(10m, order.RefundedTotal);
    }

    [Fact]
    public void PartialThenFullRefundMarksTheOrderRefunded()
    {
        var order = PlacedOrders.Paid();

        order.RecordRefund(PlacedOrders.Usd(5m), Later);
        Assert.Equal((PaymentStatus.PartiallyRefunded, OrderStatus.Confirmed), (order.PaymentStatus, order.Status));

        order.RecordRefund(PlacedOrders.Usd(10m), Later.AddHours(1));
        Assert.Equal((PaymentStatus.Refunded, OrderStatus.Refunded), (order.PaymentStatus, order.Status));
        Assert.Equal(Later.AddHours(1), order.RefundedAt);
    }

    [Fact]
    public void CancelledOrderStaysCancelledWhenRefunded()
    {
        var order = PlacedOrders.Paid();
        order.Cancel("Out of stock", Later);

        order.RecordRefund(order.TotalAmount, Later);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(PaymentStatus.Refunded, order.PaymentStatus);
    }

    [Fact]
    public void RefusesAnUnpaidOrderZeroOrAnotherCurrency()
    {
        Assert.Throws<DomainException>(() => PlacedOrders.Single().RecordRefund(PlacedOrders.Usd(1m), Later));

        var paid = PlacedOrders.Paid();
        Assert.Throws<DomainException>(() => paid.RecordRefund(PlacedOrders.Usd(0m), Later));
        Assert.Throws<DomainException>(() => paid.RecordRefund(new Money(1m, "EUR"), Later));
    }
}
