using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Orders;

/// <summary>Reads orders for their buyers. Guests prove ownership with order number + email; customers by account.</summary>
public sealed class OrderViewService(IDbContextFactory<CommerceDbContext> contexts)
{
    public Task<OrderView?> ByIdAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        LoadAsync(o => o.Id == orderId, cancellationToken);

    /// <summary>Same answer (null) for a wrong email and a missing order, so numbers cannot be probed.</summary>
    public Task<OrderView?> ByNumberAndEmailAsync(string number, string email, CancellationToken cancellationToken = default)
    {
        var normalizedNumber = number.Trim().ToUpperInvariant();
        var normalizedEmail = email.Trim().ToLowerInvariant();
        return LoadAsync(o => o.Number == normalizedNumber && o.Email == normalizedEmail, cancellationToken);
    }

    public Task<OrderView?> ForCustomerAsync(int customerId, string number, CancellationToken cancellationToken = default) =>
        LoadAsync(o => o.CustomerId == customerId && o.Number == number, cancellationToken);

    public async Task<IReadOnlyList<(string Number, DateTimeOffset PlacedAt, OrderStatus Status, PaymentStatus Payment, Money Total, int Items)>> HistoryAsync(
        int customerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId).OrderByDescending(o => o.PlacedAt).Take(100)
            .Select(o => new { o.Number, o.PlacedAt, o.Status, o.PaymentStatus, o.Total, o.Currency, Items = o.Items.Sum(i => i.Quantity) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Number, r.PlacedAt, r.Status, r.PaymentStatus, new Money(r.Total, r.Currency), r.Items)).ToList();
    }

    private async Task<OrderView?> LoadAsync(System.Linq.Expressions.Expression<Func<Order, bool>> filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().Include(o => o.Items).Include(o => o.Shipments).ThenInclude(s => s.Lines).AsSplitQuery()
            .SingleOrDefaultAsync(filter, cancellationToken);
        if (order is null) return null;
        var vendorIds = order.Shipments.Select(s => s.VendorId).Distinct().ToList();
        var vendors = await db.Vendors.AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        Money M(decimal amount) => new(amount, order.Currency);
        var items = order.Items.ToDictionary(i => i.Id);
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.OrderId == order.Id && r.Status == Core.Payments.RefundStatus.Succeeded)
            .OrderBy(r => r.CreatedAt).Select(r => new RefundView(new Money(r.Amount, r.Currency), r.Reason, r.CompletedAt ?? r.CreatedAt))
            .ToListAsync(cancellationToken);

        return new OrderView(order.Id, order.Number, order.Email, order.Status, order.PaymentStatus, order.PlacedAt,
            order.Items.Select(i => new OrderLineView(i.ProductName, i.VariantName, i.Sku, i.ImageUrl, i.Quantity, M(i.UnitPrice), i.Subtotal, i.VendorId,
                i.FulfilledQuantity, i.RefundedQuantity)).ToList(),
            M(order.Subtotal), M(order.DiscountTotal), M(order.ShippingTotal), M(order.TaxTotal), M(order.Total), M(order.RefundedTotal),
            order.CouponCode, order.ShippingMethod, order.ShippingAddress,
            order.Shipments.OrderBy(s => s.ShippedAt).Select(s => new ShipmentView(vendors.GetValueOrDefault(s.VendorId, "Seller"), s.Carrier,
                s.TrackingNumber, s.TrackingUrl, s.ShippedAt, s.DeliveredAt,
                s.Lines.Where(l => items.ContainsKey(l.OrderItemId))
                    .Select(l => new ShipmentLineView(items[l.OrderItemId].ProductName, items[l.OrderItemId].VariantName, l.Quantity)).ToList())).ToList(),
            Timeline(order), order.CanBeCancelledByCustomer, refunds);
    }

    private static IReadOnlyList<TimelineEntry> Timeline(Order order)
    {
        var entries = new List<TimelineEntry> { new("Order placed", order.PlacedAt) };
        void Add(string label, DateTimeOffset? at) { if (at is { } value) entries.Add(new(label, value)); }
        Add("Payment received", order.ConfirmedAt);
        Add("Being prepared", order.ProcessingAt);
        Add("Shipped", order.ShippedAt);
        Add("Delivered", order.DeliveredAt);
        Add("Cancelled", order.CancelledAt);
        Add("Refunded", order.RefundedAt);
        return entries.OrderBy(e => e.At).ToList();
    }
}
