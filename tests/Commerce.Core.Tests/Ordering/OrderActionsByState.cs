using Commerce.Core.Common;
using Commerce.Core.Ordering;
using static Commerce.Core.Ordering.OrderAction;

namespace Commerce.Core.Tests.Ordering;

/// <summary>
/// For every state, the actions the domain offers; each offered action works and lands where expected, and each
/// action not offered is refused without changing the order.
/// </summary>
public class OrderActionsByState
{
    private static readonly Dictionary<string, OrderAction[]> Offered = new()
    {
        ["Pending"] = [Confirm, Cancel],
        ["PendingAfterFailedPayment"] = [Cancel],
        ["Confirmed"] = [StartProcessing, Ship, Cancel, Refund],
        ["ConfirmedPartlyRefunded"] = [StartProcessing, Ship, Cancel, Refund],
        ["Processing"] = [Ship, Cancel, Refund],
        ["PartlyShipped"] = [Ship, Refund],
        ["Shipped"] = [MarkDelivered, Refund],
        ["Delivered"] = [Refund],
        ["CancelledUnpaid"] = [],
        ["CancelledAwaitingRefund"] = [Refund],
        ["CancelledAndRefunded"] = [],
        ["Refunded"] = [],
    };

    private static readonly Dictionary<(string, OrderAction), OrderStatus> Lands = new()
    {
        [("Pending", Confirm)] = OrderStatus.Confirmed,
        [("Pending", Cancel)] = OrderStatus.Cancelled,
        [("PendingAfterFailedPayment", Cancel)] = OrderStatus.Cancelled,
        [("Confirmed", StartProcessing)] = OrderStatus.Processing,
        [("Confirmed", Ship)] = OrderStatus.Processing,
        [("Confirmed", Cancel)] = OrderStatus.Cancelled,
        [("Confirmed", Refund)] = OrderStatus.Confirmed,
        [("ConfirmedPartlyRefunded", StartProcessing)] = OrderStatus.Processing,
        [("ConfirmedPartlyRefunded", Ship)] = OrderStatus.Processing,
        [("ConfirmedPartlyRefunded", Cancel)] = OrderStatus.Cancelled,
        [("ConfirmedPartlyRefunded", Refund)] = OrderStatus.Confirmed,
        [("Processing", Ship)] = OrderStatus.Processing,
        [("Processing", Cancel)] = OrderStatus.Cancelled,
        [("Processing", Refund)] = OrderStatus.Processing,
        [("PartlyShipped", Ship)] = OrderStatus.Shipped,
        [("PartlyShipped", Refund)] = OrderStatus.Processing,
        [("Shipped", MarkDelivered)] = OrderStatus.Delivered,
        [("Shipped", Refund)] = OrderStatus.Shipped,
        [("Delivered", Refund)] = OrderStatus.Delivered,
        [("CancelledAwaitingRefund", Refund)] = OrderStatus.Cancelled,
    };

    public static TheoryData<string> States() => [.. OrderStates.All.Keys];

    public static TheoryData<string, OrderAction> StateActionPairs()
    {
        var data = new TheoryData<string, OrderAction>();
        foreach (var state in OrderStates.All.Keys)
            foreach (var action in Enum.GetValues<OrderAction>())
                data.Add(state, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(States))]
    public void OffersExactlyTheActionsItsStateAllows(string state) =>
        Assert.Equal(Offered[state], OrderStates.All[state]().AllowedActions);

    [Theory]
    [MemberData(nameof(StateActionPairs))]
    public void OfferedActionsWorkAndTheOthersAreRefusedWithoutChange(string state, OrderAction action)
    {
        var order = OrderStates.All[state]();
        var before = (order.Status, order.PaymentStatus, order.FulfillmentStatus, order.RefundedTotal, order.Shipments.Count);

        if (Offered[state].Contains(action))
        {
            Perform(order, action);
            Assert.Equal(Lands[(state, action)], order.Status);
        }
        else
        {
            Assert.Throws<DomainException>(() => Perform(order, action));
            Assert.Equal(before, (order.Status, order.PaymentStatus, order.FulfillmentStatus, order.RefundedTotal, order.Shipments.Count));
        }
    }

    private static void Perform(Order order, OrderAction action)
    {
        switch (action)
        {
            case Confirm: order.ConfirmPayment(OrderStates.At); break;
            case StartProcessing: order.StartProcessing(OrderStates.At); break;
            case Ship: OrderStates.ShipUnits(order, 1); break;
            case MarkDelivered: order.MarkDelivered(OrderStates.At); break;
            case Cancel: order.Cancel("Staff cancelled", OrderStates.At); break;
            case Refund:
                order.RequestRefund(PlacedOrders.Usd(1m), Array.Empty<Payments.RefundLine>());
                order.CompleteRefund(PlacedOrders.Usd(1m), OrderStates.At);
                break;
        }
    }
}
