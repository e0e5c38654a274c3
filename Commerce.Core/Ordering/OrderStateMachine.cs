namespace Commerce.Core.Ordering;

/// <summary>
/// The order statuses and the moves between them. Every status change of <see cref="Order"/> goes through
/// <see cref="CanMove"/>, so this table is the whole lifecycle: an order only moves forward, and cancelled or
/// refunded orders stay where they are.
/// </summary>
public static class OrderStateMachine
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Moves = new()
    {
        [OrderStatus.Pending] = [OrderStatus.Confirmed, OrderStatus.Cancelled],
        [OrderStatus.Confirmed] = [OrderStatus.Processing, OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.Refunded],
        [OrderStatus.Processing] = [OrderStatus.Shipped, OrderStatus.Cancelled, OrderStatus.Refunded],
        [OrderStatus.Shipped] = [OrderStatus.Delivered, OrderStatus.Refunded],
        [OrderStatus.Delivered] = [OrderStatus.Refunded],
        [OrderStatus.Cancelled] = [],
        [OrderStatus.Refunded] = [],
    };

    public static bool CanMove(OrderStatus from, OrderStatus to) => Moves[from].Contains(to);

    public static IReadOnlyList<OrderStatus> NextFrom(OrderStatus from) => Moves[from];

    public static bool IsFinal(OrderStatus status) => Moves[status].Length == 0;
}
