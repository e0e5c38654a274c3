using Commerce.Core.Common;
using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

public class OrderTotalsSum
{
    [Fact]
    public void IsSubtotalLessDiscountPlusShippingAndTax()
    {
        var totals = new OrderTotals(PlacedOrders.Usd(100m), PlacedOrders.Usd(15m), PlacedOrders.Usd(7.5m), PlacedOrders.Usd(6.8m));

        Assert.Equal(PlacedOrders.Usd(99.3m), totals.Total);
    }

    [Fact]
    public void RefusesMixedCurrencies()
    {
        var totals = new OrderTotals(PlacedOrders.Usd(100m), new Money(1m, "EUR"), PlacedOrders.Usd(0m), PlacedOrders.Usd(0m));

        Assert.Throws<DomainException>(() => totals.Total);
    }
}
