using Commerce.Core.Common;
using Commerce.Core.Customers;

namespace Commerce.Core.Tests.Customers;

public class CustomerOrders
{
    [Fact]
    public void CountsOrdersAndTotalSpent()
    {
        var customer = new Customer("ada@example.com", "Ada", null);

        customer.RecordOrder(new Money(20m, "USD"));
        customer.RecordOrder(new Money(5.5m, "USD"));

        Assert.Equal((2, 25.5m), (customer.OrderCount, customer.TotalSpent));
    }

    [Fact]
    public void RefusesATotalInAnotherCurrency()
    {
        var customer = new Customer("ada@example.com", "Ada", null);

        Assert.Throws<DomainException>(() => customer.RecordOrder(new Money(20m, "EUR")));
        Assert.Equal(0, customer.OrderCount);
    }
}
