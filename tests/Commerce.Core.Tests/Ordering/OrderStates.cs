using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

/// <summary>Orders brought into each state through the domain's own methods, as the store would.</summary>
internal static class OrderStates
{
    public static readonly DateTimeOffset At = PlacedOrders.PlacedAt.AddHours(2);

    public static readonly IReadOnlyDictionary<string, Func<Order>> All = new Dictionary<string, Func<Order>>
    {
        ["Pending"] = () => TwoUnits(),
        ["PendingAfterFailedPayment"] = () => TwoUnits().Also(o => o.MarkPaymentFailed()),
        ["Confirmed"] = () => Paid(),
        ["ConfirmedPartlyRefunded"] = () => Paid().Also(o => o.RecordRefund(PlacedOrders.Usd(5m), At)),
        ["Processing"] = () => Paid().Also(o => o.StartProcessing(At)),
        ["PartlyShipped"] = () => Paid().Also(o => ShipUnits(o, 1)),
        ["Shipped"] = () => Paid().Also(o => ShipUnits(o, 2)),
        ["Delivered"] = () => Paid().Also(o => { ShipUnits(o, 2); o.MarkDelivered(At); }),
        ["CancelledUnpaid"] = () => TwoUnits().Also(o => o.Cancel("Changed my mind", At)),
        ["CancelledAwaitingRefund"] = () => Paid().Also(o => o.Cancel("Out of stock", At)),
        ["CancelledAndRefunded"] = () => Paid().Also(o => { o.Cancel("Out of stock", At); o.RecordRefund(o.TotalAmount, At); }),
        ["Refunded"] = () => Paid().Also(o => o.RecordRefund(o.TotalAmount, At)),
    };

    public static Order Paid() => TwoUnits().Also(o => o.MarkPaid(PlacedOrders.PlacedAt.AddMinutes(1)));

    /// <summary>One line of two $10 units plus $5 shipping: $25.</summary>
    public static Order TwoUnits() => PlacedOrders.With(PlacedOrders.Line(quantity: 2));

    public static Shipment ShipUnits(Order order, int units) =>
        order.Ship(1, "UPS", $"1Z{units}", null, new Dictionary<int, int> { [0] = units }, At);

    private static Order Also(this Order order, Action<Order> change)
    {
        change(order);
        return order;
    }
}
