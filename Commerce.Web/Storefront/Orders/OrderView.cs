using Commerce.Core.Common;
using Commerce.Core.Ordering;

namespace Commerce.Web.Storefront.Orders;

public sealed record OrderLineView(string ProductName, string VariantName, string Sku, string? ImageUrl, int Quantity, Money UnitPrice, Money Total, int VendorId,
    int Shipped = 0, int Refunded = 0);

public sealed record ShipmentLineView(string ProductName, string VariantName, int Quantity);

public sealed record ShipmentView(string VendorName, string Carrier, string TrackingNumber, string? TrackingUrl, DateTimeOffset ShippedAt, DateTimeOffset? DeliveredAt,
    IReadOnlyList<ShipmentLineView>? Lines = null);

public sealed record RefundView(Money Amount, string Reason, DateTimeOffset At);

public sealed record TimelineEntry(string Label, DateTimeOffset At);

/// <summary>One order as its buyer sees it: confirmation page, tracking page and account history share it.</summary>
public sealed record OrderView(
    Guid Id,
    string Number,
    string Email,
    OrderStatus Status,
    PaymentStatus PaymentStatus,
    DateTimeOffset PlacedAt,
    IReadOnlyList<OrderLineView> Lines,
    Money Subtotal,
    Money Discount,
    Money Shipping,
    Money Tax,
    Money Total,
    Money Refunded,
    string? CouponCode,
    string ShippingMethod,
    Address ShippingAddress,
    IReadOnlyList<ShipmentView> Shipments,
    IReadOnlyList<TimelineEntry> Timeline,
    bool CanCancel,
    IReadOnlyList<RefundView>? Refunds = null)
{
    public string StatusLabel => (Status, PaymentStatus) switch
    {
        (OrderStatus.Pending, PaymentStatus.Failed) => "Payment failed",
        (OrderStatus.Pending, _) => "Awaiting payment",
        (OrderStatus.Confirmed, _) => "Confirmed",
        (OrderStatus.Processing, _) => "Being prepared",
        (OrderStatus.Shipped, _) => "Shipped",
        (OrderStatus.Delivered, _) => "Delivered",
        (OrderStatus.Cancelled, _) => "Cancelled",
        (OrderStatus.Refunded, _) => "Refunded",
        _ => Status.ToString(),
    };
}
