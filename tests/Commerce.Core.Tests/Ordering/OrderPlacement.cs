using Commerce.Core.Common;
using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

public class OrderPlacement
{
    [Fact]
    public void StartsPendingWithNormalizedEmailAndTotals()
    {
        var order = PlacedOrders.Single(quantity: 2);

        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal(PaymentStatus.Pending, order.PaymentStatus);
        Assert.Equal(FulfillmentStatus.Unfulfilled, order.FulfillmentStatus);
        Assert.Equal("ada@example.com", order.Email);
        Assert.Equal(PlacedOrders.Usd(25m), order.TotalAmount);
    }

    [Fact]
    public void RefusesAnOrderWithoutItems()
    {
        Assert.Throws<DomainException>(() => PlacedOrders.With());
    }

    [Fact]
    public void RefusesLinesInAnotherCurrency()
    {
        Assert.Throws<DomainException>(() => PlacedOrders.With(PlacedOrders.Line(currency: "EUR")));
    }

    [Fact]
    public void RefusesANegativeTotal()
    {
        var totals = new OrderTotals(PlacedOrders.Usd(10m), PlacedOrders.Usd(20m), PlacedOrders.Usd(0m), PlacedOrders.Usd(0m));

        Assert.Throws<DomainException>(() => new Order("ORD-20261125-0001", "ada@example.com", null,
            PlacedOrders.Home, PlacedOrders.Home, "Standard", [PlacedOrders.Line()], totals, "key", PlacedOrders.PlacedAt));
    }

    [Theory]
    [InlineData("ORD-1")]
    [InlineData("20261125-0001")]
    public void RefusesAMalformedNumber(string number)
    {
        Assert.Throws<DomainException>(() => new Order(number, "ada@example.com", null, PlacedOrders.Home, PlacedOrders.Home,
            "Standard", [PlacedOrders.Line()], OrderTotals.Zero("USD"), "key", PlacedOrders.PlacedAt));
    }

    [Fact]
    public void RefusesABlankIdempotencyKey()
    {
        Assert.Throws<DomainException>(() => new Order("ORD-20261125-0001", "ada@example.com", null, PlacedOrders.Home,
            PlacedOrders.Home, "Standard", [PlacedOrders.Line()], OrderTotals.Zero("USD"), " ", PlacedOrders.PlacedAt));
    }
}
