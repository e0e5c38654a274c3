using Commerce.Core.Common;
using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

public class OrderLifecycle
{
    private static readonly DateTimeOffset Later = PlacedOrders.PlacedAt.AddHours(1);

    [Fact]
    public void PaymentConfirmsTheOrder()
    {
        var order = PlacedOrders.Single();

        Assert.True(order.MarkPaid(Later));

        Assert.Equal(OrderStatus.Confirmed, order.Status);
        Assert.Equal(PaymentStatus.Paid, order.PaymentStatus);
        Assert.Equal(Later, order.ConfirmedAt);
    }

    [Fact]
    public void DuplicatePaymentNoticeChangesNothing()
    {
        var order = PlacedOrders.Paid();

        Assert.False(order.MarkPaid(Later.AddHours(1)));
        Assert.Equal(PlacedOrders.PlacedAt.AddMinutes(1), order.ConfirmedAt);
    }

    [Fact]
    public void DuplicatePaymentNoticeAfterAPartialRefundChangesNothing()
    {
        var order = PlacedOrders.Paid();
        order.RecordRefund(PlacedOrders.Usd(5m), Later);

        Assert.False(order.MarkPaid(Later.AddHours(1)));
        Assert.Equal(PaymentStatus.PartiallyRefunded, order.PaymentStatus);
    }

    [Fact]
    public void LateFailureNeverUndoesPaidOrder()
    {
        var order = PlacedOrders.Paid();

        Assert.False(order.MarkPaymentFailed());

        Assert.Equal(PaymentStatus.Paid, order.PaymentStatus);
        Assert.Equal(OrderStatus.Confirmed, order.Status);
    }

    [Fact]
    public void SuccessAfterAFailureStillConfirms()
    {
        var order = PlacedOrders.Single();
        Assert.True(order.MarkPaymentFailed());

        Assert.True(order.MarkPaid(Later));

        Assert.Equal(OrderStatus.Confirmed, order.Status);
    }

    [Fact]
    public void RetryingPaymentIsOnlyForOrdersAwaitingIt()
    {
        var order = PlacedOrders.Single();
        order.MarkPaymentFailed();

        order.RetryPayment();
        Assert.Equal(PaymentStatus.Pending, order.PaymentStatus);

        order.MarkPaid(Later);
        Assert.Throws<DomainException>(order.RetryPayment);
    }

    [Fact]
    public void CancelledOrderCannotTakeAPayment()
    {
        var order = PlacedOrders.Single();
        order.Cancel("Changed my mind", Later);

        Assert.Throws<DomainException>(() => order.MarkPaid(Later));
    }

    [Fact]
    public void OnlyAConfirmedOrderStartsProcessing()
    {
        var order = PlacedOrders.Single();
        Assert.Throws<DomainException>(() => order.StartProcessing(Later));

        order.MarkPaid(Later);
        order.StartProcessing(Later);

        Assert.Equal(OrderStatus.Processing, order.Status);
        Assert.Equal(Later, order.ProcessingAt);
    }
}
