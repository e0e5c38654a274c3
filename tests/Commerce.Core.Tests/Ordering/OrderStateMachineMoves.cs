using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

/// <summary>Every pair of statuses: the allowed moves are exactly the lifecycle below, every other move is refused.</summary>
public class OrderStateMachineMoves
{
    private static readonly HashSet<(OrderStatus From, OrderStatus To)> Allowed =
    [
        (OrderStatus.Pending, OrderStatus.Confirmed),
        (OrderStatus.Pending, OrderStatus.Cancelled),
        (OrderStatus.Confirmed, OrderStatus.Processing),
        (OrderStatus.Confirmed, OrderStatus.Shipped),
        (OrderStatus.Confirmed, OrderStatus.Cancelled),
        (OrderStatus.Confirmed, OrderStatus.Refunded),
        (OrderStatus.Processing, OrderStatus.Shipped),
        (OrderStatus.Processing, OrderStatus.Cancelled),
        (OrderStatus.Processing, OrderStatus.Refunded),
        (OrderStatus.Shipped, OrderStatus.Delivered),
        (OrderStatus.Shipped, OrderStatus.Refunded),
        (OrderStatus.Delivered, OrderStatus.Refunded),
    ];

    public static TheoryData<OrderStatus, OrderStatus> AllPairs()
    {
        var data = new TheoryData<OrderStatus, OrderStatus>();
        foreach (var from in Enum.GetValues<OrderStatus>())
            foreach (var to in Enum.GetValues<OrderStatus>())
                data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void AllowsExactlyTheLifecycleMoves(OrderStatus from, OrderStatus to) =>
        Assert.Equal(Allowed.Contains((from, to)), OrderStateMachine.CanMove(from, to));

    [Fact]
    public void CancelledAndRefundedAreFinal()
    {
        Assert.True(OrderStateMachine.IsFinal(OrderStatus.Cancelled));
        Assert.True(OrderStateMachine.IsFinal(OrderStatus.Refunded));
        Assert.All(Enum.GetValues<OrderStatus>().Except([OrderStatus.Cancelled, OrderStatus.Refunded]),
            s => Assert.False(OrderStateMachine.IsFinal(s)));
    }
}
