using Commerce.Core.Common;
using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

public class OrderShipping
{
    private static readonly DateTimeOffset Later = PlacedOrders.PlacedAt.AddDays(1);

    // Lines are not yet saved, so every line's Id is 0; each vendor has one line in these orders.
    private static Dictionary<int, int> Units(int quantity) => new() { [0] = quantity };

    [Fact]
    public void RefusesToShipAnUnpaidOrder()
    {
        var order = PlacedOrders.Single();

        Assert.Throws<DomainException>(() => order.Ship(1, "UPS", "1Z999", null, Units(1), Later));
    }

    [Fact]
    public void PartialShipmentMovesToProcessingAndFullShipmentToShipped()
    {
        var order = PlacedOrders.Paid(PlacedOrders.Line(quantity: 3));

        order.Ship(1, "UPS", "1Z1", null, Units(1), Later);
        Assert.Equal((OrderStatus.Processing, FulfillmentStatus.PartiallyFulfilled), (order.Status, order.FulfillmentStatus));

        order.Ship(1, "UPS", "1Z2", "https://ups.test/1Z2", Units(2), Later.AddDays(1));
        Assert.Equal((OrderStatus.Shipped, FulfillmentStatus.Fulfilled), (order.Status, order.FulfillmentStatus));
        Assert.Equal(Later.AddDays(1), order.ShippedAt);
        Assert.Equal("1Z2", order.TrackingNumber);
        Assert.Equal(2, order.Shipments.Count);
    }

    [Fact]
    public void WaitsForEveryVendorBeforeShipped()
    {
        var order = PlacedOrders.Paid(PlacedOrders.Line(vendorId: 1), PlacedOrders.Line(vendorId: 2));

        order.Ship(1, "UPS", "1Z1", null, Units(1), Later);
        Assert.Equal(OrderStatus.Processing, order.Status);

        order.Ship(2, "DHL", "JD1", null, Units(1), Later);
        Assert.Equal(OrderStatus.Shipped, order.Status);
    }

    [Fact]
    public void RefusesAnotherVendorsLine()
    {
        var order = PlacedOrders.Paid(PlacedOrders.Line(vendorId: 1));

        Assert.Throws<DomainException>(() => order.Ship(2, "UPS", "1Z1", null, Units(1), Later));
        Assert.Empty(order.Shipments);
    }

    [Fact]
    public void NeverShipsMoreThanWasOrdered()
    {
        var order = PlacedOrders.Paid(PlacedOrders.Line(quantity: 2));

        Assert.Throws<DomainException>(() => order.Ship(1, "UPS", "1Z1", null, Units(3), Later));
        Assert.Throws<DomainException>(() => order.Ship(1, "UPS", "1Z1", null, Units(0), Later));
        Assert.Equal(0, order.Items.Single().FulfilledQuantity);
    }

    [Fact]
    public void RefusesAShipmentWithNoLines()
    {
        var order = PlacedOrders.Paid();

        Assert.Throws<DomainException>(() => order.Ship(1, "UPS", "1Z1", null, new Dictionary<int, int>(), Later));
        Assert.Equal(FulfillmentStatus.Unfulfilled, order.FulfillmentStatus);
        Assert.Empty(order.Shipments);
    }

    [Fact]
    public void RefusesABlankCarrierWithoutTouchingTheLines()
    {
        var order = PlacedOrders.Paid();

        Assert.Throws<DomainException>(() => order.Ship(1, " ", "1Z1", null, Units(1), Later));
        Assert.Equal(0, order.Items.Single().FulfilledQuantity);
    }

    [Fact]
    public void DeliveryIsOnlyForShippedOrdersAndStampsEveryShipment()
    {
        var order = PlacedOrders.Paid();
        Assert.Throws<DomainException>(() => order.MarkDelivered(Later));

        order.Ship(1, "UPS", "1Z1", null, Units(1), Later);
        order.MarkDelivered(Later.AddDays(2));

        Assert.Equal(OrderStatus.Delivered, order.Status);
        Assert.Equal(FulfillmentStatus.Delivered, order.FulfillmentStatus);
        Assert.Equal(Later.AddDays(2), order.Shipments.Single().DeliveredAt);
    }
}
