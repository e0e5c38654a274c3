using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;

namespace Commerce.Core.Tests.Ordering;

public class OrderRefundHolds
{
    private static readonly RefundLine[] NoLines = [];

    [Fact]
    public void ARequestedRefundHoldsItsAmountSoASecondCannotPassThePaidTotal()
    {
        var order = OrderStates.Paid();

        order.RequestRefund(PlacedOrders.Usd(25m), NoLines);

        Assert.Equal(0m, order.Refundable.Amount);
        Assert.Throws<DomainException>(() => order.RequestRefund(PlacedOrders.Usd(25m), NoLines));
        Assert.False(order.Allows(OrderAction.Refund));
    }

    [Fact]
    public void PartialRefundsAddUpToThePaidTotalAndNoFurther()
    {
        var order = OrderStates.Paid();
        foreach (var amount in new[] { 10m, 10m, 5m })
        {
            order.RequestRefund(PlacedOrders.Usd(amount), NoLines);
            order.CompleteRefund(PlacedOrders.Usd(amount), OrderStates.At);
        }

        Assert.Equal((25m, PaymentStatus.Refunded, OrderStatus.Refunded), (order.RefundedTotal, order.PaymentStatus, order.Status));
        Assert.Throws<DomainException>(() => order.RequestRefund(PlacedOrders.Usd(0.01m), NoLines));
    }

    [Fact]
    public void ARefusedRefundGivesBackItsAmountAndUnits()
    {
        var order = OrderStates.Paid();
        var lines = new[] { new RefundLine(0, 2, Restock: true) };
        order.RequestRefund(PlacedOrders.Usd(20m), lines);
        Assert.Equal(0, order.Items.Single().QuantityToShip);

        order.AbandonRefund(PlacedOrders.Usd(20m), lines);

        Assert.Equal((25m, 0, 2), (order.Refundable.Amount, order.Items.Single().RefundedQuantity, order.Items.Single().QuantityToShip));
        Assert.Equal(PaymentStatus.Paid, order.PaymentStatus);
    }

    [Fact]
    public void RefundingTheUnitsNotYetShippedCompletesTheShipment()
    {
        var order = OrderStates.Paid();
        OrderStates.ShipUnits(order, 1);

        order.RequestRefund(PlacedOrders.Usd(10m), [new RefundLine(0, 1, Restock: true)]);
        order.CompleteRefund(PlacedOrders.Usd(10m), OrderStates.At);

        Assert.Equal((OrderStatus.Shipped, FulfillmentStatus.Fulfilled, PaymentStatus.PartiallyRefunded),
            (order.Status, order.FulfillmentStatus, order.PaymentStatus));
        Assert.False(order.Allows(OrderAction.Ship));
    }

    [Fact]
    public void RefusesMoreUnitsThanTheLineHasOrAnUnknownLine()
    {
        var order = OrderStates.Paid();

        Assert.Throws<DomainException>(() => order.RequestRefund(PlacedOrders.Usd(5m), [new RefundLine(0, 3, false)]));
        Assert.Throws<DomainException>(() => order.RequestRefund(PlacedOrders.Usd(5m), [new RefundLine(99, 1, false)]));
        Assert.Equal((25m, 0), (order.Refundable.Amount, order.Items.Single().RefundedQuantity));
    }

    [Fact]
    public void RefusesFractionsOfACentAndCompletingMoreThanWasRequested()
    {
        var order = OrderStates.Paid();

        Assert.Throws<DomainException>(() => order.RequestRefund(PlacedOrders.Usd(1.005m), NoLines));
        order.RequestRefund(PlacedOrders.Usd(5m), NoLines);
        Assert.Throws<DomainException>(() => order.CompleteRefund(PlacedOrders.Usd(6m), OrderStates.At));
    }

    [Fact]
    public void TheOrderIsShippedOnlyWhenEveryVendorHasSentItsPart()
    {
        var order = PlacedOrders.Paid(PlacedOrders.Line(vendorId: 1), PlacedOrders.Line(vendorId: 2));

        Assert.True(order.AwaitsShipmentFrom(1) && order.AwaitsShipmentFrom(2));
        var shipment = order.Ship(1, "UPS", "1Z1", null, new Dictionary<int, int> { [0] = 1 }, OrderStates.At);

        Assert.False(order.AwaitsShipmentFrom(1));
        Assert.Equal(OrderStatus.Processing, order.Status);
        Assert.Equal(1, shipment.Lines.Single().Quantity);
    }
}
