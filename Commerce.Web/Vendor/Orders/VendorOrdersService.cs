using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Vendor.Orders;

public sealed record VendorOrderRow(string Number, DateTimeOffset PlacedAt, OrderStatus Status, string CustomerName, int Units, int UnitsToShip, Money Total);

public sealed record VendorLine(int Id, string ProductName, string VariantName, string Sku, int Quantity, int Fulfilled, int Refunded, Money Total)
{
    /// <summary>As <see cref="OrderItem.QuantityToShip"/>: units refunded before shipping are not sent.</summary>
    public int ToShip => Math.Max(0, Quantity - Fulfilled - Refunded);
}

public sealed record VendorShipment(int Id, string Carrier, string TrackingNumber, string? TrackingUrl, DateTimeOffset ShippedAt, DateTimeOffset? DeliveredAt);

/// <summary>What a vendor sees of an order: only its own lines and shipments, and of the customer only the name and shipping address.</summary>
public sealed record VendorOrderDetail(string Number, DateTimeOffset PlacedAt, OrderStatus Status, string ShippingMethod, Address ShipTo,
    IReadOnlyList<VendorLine> Lines, IReadOnlyList<VendorShipment> Shipments);

/// <summary>The vendor's order lines and shipping; every query goes through <see cref="VendorScope"/> with the signed-in vendor.</summary>
public sealed class VendorOrdersService(CurrentVendor currentVendor, IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock)
{
    private static readonly OrderStatus[] Shippable = [OrderStatus.Confirmed, OrderStatus.Processing];

    public async Task<IReadOnlyList<VendorOrderRow>> ListAsync(bool toShipOnly, CancellationToken cancellationToken = default)
    {
        var vendorId = await currentVendor.IdAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The vendor's own lines, grouped by order: the other vendors' lines of the same orders never enter the query.
        var rows = await db.OrderItems.AsNoTracking().OwnedBy(vendorId)
            .Join(db.Orders.Where(o => o.Status != OrderStatus.Pending), i => i.OrderId, o => o.Id, (i, o) => new { Line = i, Order = o })
            .GroupBy(x => new { x.Order.Number, x.Order.PlacedAt, x.Order.Status, x.Order.ShippingAddress.FullName, x.Order.Currency })
            .Select(g => new
            {
                g.Key.Number, g.Key.PlacedAt, g.Key.Status, g.Key.FullName, g.Key.Currency,
                Units = g.Sum(x => x.Line.Quantity),
                ToShip = g.Sum(x => x.Line.Quantity - x.Line.FulfilledQuantity - x.Line.RefundedQuantity),
                Total = g.Sum(x => x.Line.LineTotal),
            })
            .Where(r => !toShipOnly || (Shippable.Contains(r.Status) && r.ToShip > 0))
            .OrderByDescending(r => r.PlacedAt).Take(200)
            .ToListAsync(cancellationToken);
        return rows.Select(r => new VendorOrderRow(r.Number, r.PlacedAt, r.Status, r.FullName, r.Units,
            r.Status is OrderStatus.Cancelled or OrderStatus.Refunded ? 0 : r.ToShip, new Money(r.Total, r.Currency))).ToList();
    }

    /// <summary>Null when the order has none of this vendor's lines: the page answers 404, as for an order that does not exist.</summary>
    public async Task<VendorOrderDetail?> DetailAsync(string number, CancellationToken cancellationToken = default)
    {
        var vendorId = await currentVendor.IdAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().OwnedBy(vendorId).Where(o => o.Number == number)
            .Select(o => new { o.Id, o.Number, o.PlacedAt, o.Status, o.ShippingMethod, o.ShippingAddress, o.Currency }).SingleOrDefaultAsync(cancellationToken);
        if (order is null) return null;
        var lines = await db.OrderItems.AsNoTracking().OwnedBy(vendorId).Where(i => i.OrderId == order.Id).OrderBy(i => i.Id)
            .Select(i => new VendorLine(i.Id, i.ProductName, i.VariantName, i.Sku, i.Quantity, i.FulfilledQuantity, i.RefundedQuantity, new Money(i.LineTotal, i.Currency)))
            .ToListAsync(cancellationToken);
        var shipments = await db.Shipments.AsNoTracking().OwnedBy(vendorId).Where(s => s.OrderId == order.Id).OrderBy(s => s.ShippedAt)
            .Select(s => new VendorShipment(s.Id, s.Carrier, s.TrackingNumber, s.TrackingUrl, s.ShippedAt, s.DeliveredAt)).ToListAsync(cancellationToken);
        return new VendorOrderDetail(order.Number, order.PlacedAt, order.Status, order.ShippingMethod, order.ShippingAddress, lines, shipments);
    }

    /// <summary>
    /// Ships some of this vendor's lines. A line id of another vendor (a tampered circuit call) is refused by the
    /// order itself (<see cref="Order.Ship"/>) and nothing is saved. Returns null when shipped, else why not.
    /// </summary>
    public async Task<string?> ShipAsync(string number, string carrier, string trackingNumber, IReadOnlyDictionary<int, int> quantities,
        CancellationToken cancellationToken = default)
    {
        var vendorId = await currentVendor.IdAsync(cancellationToken);
        var toShip = quantities.Where(q => q.Value > 0).ToDictionary(q => q.Key, q => q.Value);
        if (toShip.Count == 0) return "Choose at least one unit to ship.";
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var orderId = await db.Orders.OwnedBy(vendorId).Where(o => o.Number == number).Select(o => (Guid?)o.Id).SingleOrDefaultAsync(cancellationToken);
        if (orderId is null) return "We couldn't find that order.";
        // The order row lock serialises this with refunds, cancellation and the other vendors' shipments of the same order.
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM orders WHERE id = {orderId} FOR UPDATE", cancellationToken);
        var order = await db.Orders.Include(o => o.Items).Include(o => o.Shipments).SingleAsync(o => o.Id == orderId, cancellationToken);
        try
        {
            var url = TrackingLinks.For(carrier, trackingNumber);
            var shipment = order.Ship(vendorId, carrier, trackingNumber, url, toShip, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.OrderShipped, order.Id, order.Email, discriminator: shipment.Id.ToString()), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
    }
}

/// <summary>Tracking pages of the carriers vendors ship with.</summary>
public static class TrackingLinks
{
    public static readonly string[] Carriers = ["UPS", "FedEx", "USPS", "DHL"];

    public static string? For(string carrier, string trackingNumber)
    {
        var number = Uri.EscapeDataString(trackingNumber.Trim());
        return carrier switch
        {
            "UPS" => $"https://www.ups.com/track?tracknum={number}",
            "FedEx" => $"https://www.fedex.com/fedextrack/?trknbr={number}",
            "USPS" => $"https://tools.usps.com/go/TrackConfirmAction?tLabels={number}",
            "DHL" => $"https://www.dhl.com/en/express/tracking.html?AWB={number}",
            _ => null,
        };
    }
}
