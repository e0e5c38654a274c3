using Commerce.Core.Common;
using Commerce.Core.Ordering;

namespace Commerce.Core.Tests.Ordering;

internal static class PlacedOrders
{
    public static readonly DateTimeOffset PlacedAt = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    public static readonly Address Home = new("Ada Lovelace", "1 Main St", null, "Springfield", "IL", "12345", "US", null);

    public static OrderItem Line(int vendorId = 1, int quantity = 1, decimal unitPrice = 10m, string currency = "USD") =>
        new(productId: 1, variantId: vendorId * 10, vendorId, "Organic Tee", "M / Black", $"TEE-{vendorId}", null,
            quantity, new Money(unitPrice, currency));

    /// <summary>An order whose totals agree with its lines, with $5 shipping and no tax or discount.</summary>
    public static Order With(params OrderItem[] items)
    {
        var subtotal = Money.Sum(items.Select(i => i.Subtotal), "USD");
        var totals = new OrderTotals(subtotal, Money.Zero("USD"), new Money(5m, "USD"), Money.Zero("USD"));
        return new Order("ORD-20261125-0001", "Ada@Example.com", customerId: 1, Home, Home, "Standard",
            items, totals, idempotencyKey: Guid.NewGuid().ToString(), PlacedAt);
    }

    public static Order Single(int quantity = 1) => With(Line(quantity: quantity));

    public static Order Paid(params OrderItem[] items)
    {
        var order = items.Length == 0 ? Single() : With(items);
        order.MarkPaid(PlacedAt.AddMinutes(1));
        return order;
    }

    public static Money Usd(decimal amount) => new(amount, "USD");
}
