using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Orders;

/// <summary>Shapes one loaded order, with its payments, refunds, notes and names, into what the admin order page shows.</summary>
internal static class OrderDetails
{
    public static async Task<AdminOrder> LoadAsync(CommerceDbContext db, Order order, CancellationToken cancellationToken)
    {
        Money M(decimal amount) => new(amount, order.Currency);
        var vendorIds = order.Items.Select(i => i.VendorId).Distinct().ToList();
        var vendors = await db.Vendors.AsNoTracking().Where(v => vendorIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.Name, cancellationToken);
        var customer = order.CustomerId is { } customerId
            ? await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var payments = await db.Payments.AsNoTracking().Where(p => p.OrderId == order.Id).OrderBy(p => p.Id)
            .Select(p => new AdminPayment(p.Provider, p.ProviderReference, new Money(p.Amount, p.Currency), p.Status, p.FailureMessage, p.CreatedAt))
            .ToListAsync(cancellationToken);
        var refundRows = await db.Refunds.AsNoTracking().Where(r => r.OrderId == order.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        var notes = await db.OrderNotes.AsNoTracking().Where(n => n.OrderId == order.Id).OrderByDescending(n => n.CreatedAt)
            .Select(n => new AdminNote(n.Author, n.Text, n.CreatedAt)).ToListAsync(cancellationToken);
        var items = order.Items.ToDictionary(i => i.Id);

        var lines = order.Items.OrderBy(i => i.Id).Select(i => new AdminOrderLine(i.Id, i.ProductName, i.VariantName, i.Sku, i.VendorId,
            vendors.GetValueOrDefault(i.VendorId, "Vendor"), i.Quantity, i.FulfilledQuantity, i.RefundedQuantity, i.QuantityToShip,
            M(i.UnitPrice), i.Total)).ToList();
        var shipments = order.Shipments.OrderBy(s => s.ShippedAt).Select(s => new AdminShipment(s.Id, vendors.GetValueOrDefault(s.VendorId, "Vendor"),
            s.Carrier, s.TrackingNumber, s.TrackingUrl, s.ShippedAt, s.DeliveredAt,
            s.Lines.Where(l => items.ContainsKey(l.OrderItemId)).Select(l => (items[l.OrderItemId].Sku, items[l.OrderItemId].ProductName, l.Quantity)).ToList()))
            .ToList();
        var refunds = refundRows.Select(r => new AdminRefund(r.Id, r.AmountMoney, r.Reason, r.Status, r.RequestedBy, r.FailureMessage, r.CreatedAt,
            string.Join(", ", r.Lines.Where(l => items.ContainsKey(l.OrderItemId))
                .Select(l => $"{items[l.OrderItemId].Sku} × {l.Quantity}{(l.Restock ? " (restocked)" : "")}")))).ToList();

        return new AdminOrder(order.Id, order.Number, order.PlacedAt, order.Email, order.CustomerId, customer,
            order.Status, order.PaymentStatus, order.FulfillmentStatus, order.PaymentProvider,
            M(order.Subtotal), M(order.DiscountTotal), M(order.ShippingTotal), M(order.TaxTotal), M(order.Total), M(order.RefundedTotal),
            M(order.RefundPendingTotal), order.Refundable, order.CouponCode, order.ShippingMethod, order.ShippingAddress, order.BillingAddress,
            order.CustomerNote, order.CancelReason, lines, shipments, payments, refunds, notes, Timeline(order, shipments, refunds),
            order.AllowedActions.ToHashSet());
    }

    private static List<AdminTimelineEntry> Timeline(Order order, IEnumerable<AdminShipment> shipments, IEnumerable<AdminRefund> refunds)
    {
        var entries = new List<AdminTimelineEntry> { new(order.PlacedAt, "Placed", null) };
        void Add(DateTimeOffset? at, string what, string? who = null) { if (at is { } value) entries.Add(new(value, what, who)); }
        Add(order.ConfirmedAt, "Confirmed (paid)");
        Add(order.ProcessingAt, "Processing");
        foreach (var shipment in shipments)
            Add(shipment.ShippedAt, $"Shipped by {shipment.VendorName}: {shipment.Carrier} {shipment.TrackingNumber}");
        Add(order.ShippedAt, "Shipped in full");
        Add(order.DeliveredAt, "Delivered");
        Add(order.CancelledAt, $"Cancelled: {order.CancelReason}");
        foreach (var refund in refunds)
            Add(refund.At, refund.Status switch
            {
                RefundStatus.Succeeded => $"Refunded {refund.Amount.Format()}: {refund.Reason}",
                RefundStatus.Failed => $"Refund of {refund.Amount.Format()} failed: {refund.Failure}",
                _ => $"Refund of {refund.Amount.Format()} under way",
            }, refund.RequestedBy);
        return entries.OrderBy(e => e.At).ToList();
    }
}
