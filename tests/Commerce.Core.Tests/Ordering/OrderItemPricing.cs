using Commerce.Core.Common;

namespace Commerce.Core.Tests.Ordering;

public class OrderItemPricing
{
    [Fact]
    public void LineTotalIsRoundedSubtotalLessDiscountPlusTax()
    {
        var line = PlacedOrders.Line(quantity: 3, unitPrice: 3.335m);
        Assert.Equal(10.01m, line.LineTotal);

        line.ApplyPricing(discount: PlacedOrders.Usd(1m), tax: PlacedOrders.Usd(0.72m));

        Assert.Equal(PlacedOrders.Usd(9.73m), line.Total);
    }

    [Fact]
    public void DiscountCannotExceedTheLineSubtotal()
    {
        var line = PlacedOrders.Line(unitPrice: 10m);

        Assert.Throws<DomainException>(() => line.ApplyPricing(PlacedOrders.Usd(10.01m), PlacedOrders.Usd(0m)));
        Assert.Throws<DomainException>(() => line.ApplyPricing(PlacedOrders.Usd(-1m), PlacedOrders.Usd(0m)));
    }

    [Fact]
    public void ATaxInAnotherCurrencyLeavesTheLineUntouched()
    {
        var line = PlacedOrders.Line(unitPrice: 10m);

        Assert.Throws<DomainException>(() => line.ApplyPricing(PlacedOrders.Usd(1m), new Money(1m, "EUR")));

        Assert.Equal((0m, 0m, 10m), (line.DiscountTotal, line.TaxTotal, line.LineTotal));
    }

    [Fact]
    public void RefusesZeroQuantityOrNegativePrice()
    {
        Assert.Throws<DomainException>(() => PlacedOrders.Line(quantity: 0));
        Assert.Throws<DomainException>(() => PlacedOrders.Line(unitPrice: -1m));
    }
}
