using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;

namespace Commerce.Web.Admin.Orders;

public sealed record AdminOrderLine(int Id, string ProductName, string VariantName, string Sku, int VendorId, string VendorName,
    int Quantity, int Shipped, int Refunded, int ToShip, Money UnitPrice, Money LineTotal);

public sealed record AdminShipment(int Id, string VendorName, string Carrier, string TrackingNumber, string? TrackingUrl,
    DateTimeOffset ShippedAt, DateTimeOffset? DeliveredAt, IReadOnlyList<(string Sku, string ProductName, int Quantity)> Lines);

public sealed record AdminPayment(string Provider, string Reference, Money Amount, PaymentRecordStatus Status, string? Failure, DateTimeOffset At);

public sealed record AdminRefund(int Id, Money Amount, string Reason, RefundStatus Status, string RequestedBy, string? Failure,
    DateTimeOffset At, string Lines);

public sealed record AdminNote(string Author, string Text, DateTimeOffset At);

public sealed record AdminTimelineEntry(DateTimeOffset At, string What, string? Who);

/// <summary>Everything the admin order page shows; <see cref="Actions"/> is what the domain allows in the order's state.</summary>
public sealed record AdminOrder(
    Guid Id, string Number, DateTimeOffset PlacedAt, string Email, int? CustomerId, string? CustomerName,
    OrderStatus Status, PaymentStatus Payment, FulfillmentStatus Fulfilment, string? PaymentProvider,
    Money Subtotal, Money Discount, Money Shipping, Money Tax, Money Total, Money Refunded, Money RefundUnderWay, Money Refundable,
    string? CouponCode, string ShippingMethod, Address ShippingAddress, Address BillingAddress, string? CustomerNote, string? CancelReason,
    IReadOnlyList<AdminOrderLine> Lines, IReadOnlyList<AdminShipment> Shipments, IReadOnlyList<AdminPayment> Payments,
    IReadOnlyList<AdminRefund> Refunds, IReadOnlyList<AdminNote> Notes, IReadOnlyList<AdminTimelineEntry> Timeline,
    IReadOnlySet<OrderAction> Actions)
{
    public bool Offers(OrderAction action) => Actions.Contains(action);

    /// <summary>The vendors that still have units to send, for the shipment form.</summary>
    public IEnumerable<(int VendorId, string VendorName)> VendorsToShip =>
        Lines.Where(l => l.ToShip > 0).Select(l => (l.VendorId, l.VendorName)).Distinct();
}

/// <summary>One shipment line as the form sends it.</summary>
public sealed record ShipUnits(int ItemId, int Quantity);
