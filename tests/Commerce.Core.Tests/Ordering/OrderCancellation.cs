using Commerce.Core.Common;
using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

public class OrderCancellation
{
    private static readonly DateTimeOffset Later = PlacedOrders.PlacedAt.AddDays(1);

    [Fact]
    public void VoidsAnUnpaidPayment()
    {
        var order = PlacedOrders.Single();

        order.Cancel(" Changed my mind ", Later);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.Equal(PaymentStatus.Voided, order.PaymentStatus);
        Assert.Equal("Changed my mind", order.CancelReason);
        Assert.Equal(Later, order.CancelledAt);
    }

    [Fact]
    public void LeavesAPaidPaymentForTheRefund()
    {
        var order = PlacedOrders.Paid();

        order.Cancel("Out of stock", Later);

        Assert.Equal(PaymentStatus.Paid, order.PaymentStatus);
    }

    [Fact]
    public void RefusesOnceShipped()
    {
        var order = PlacedOrders.Paid();
        order.Ship(1, "UPS", "1Z1", null, new Dictionary<int, int> { [0] = 1 }, Later);

        Assert.False(order.CanBeCancelledByCustomer);
        Assert.Throws<DomainException>(() => order.Cancel("Too late", Later));
    }

    [Fact]
    public void RefusesOncePartlyShipped()
    {
        var order = PlacedOrders.Paid(PlacedOrders.Line(quantity: 2));
        order.Ship(1, "UPS", "1Z1", null, new Dictionary<int, int> { [0] = 1 }, Later);

        Assert.Equal(OrderStatus.Processing, order.Status);
        Assert.False(order.CanBeCancelledByCustomer);
        Assert.Throws<DomainException>(() => order.Cancel("Too late", Later));
    }

    [Fact]
    public void RequiresAReasonAndLeavesTheOrderAloneWithoutOne()
    {
        var order = PlacedOrders.Single();

        Assert.Throws<DomainException>(() => order.Cancel("  ", Later));

        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.True(order.CanBeCancelledByCustomer);
    }
}
