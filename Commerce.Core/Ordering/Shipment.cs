using Commerce.Core.Common;

namespace Commerce.Core.Ordering;

/// <summary>One parcel sent by one vendor for an order: which lines and how many units, with its carrier and tracking link.</summary>
public class Shipment
{
    private readonly List<ShipmentLine> _lines = [];

    private Shipment() { }

    internal Shipment(int vendorId, string carrier, string trackingNumber, string? trackingUrl, DateTimeOffset shippedAt)
    {
        VendorId = vendorId;
        Carrier = Guard.NotBlank(carrier, "Carrier", 50);
        TrackingNumber = Guard.NotBlank(trackingNumber, "Tracking number", 100);
        TrackingUrl = string.IsNullOrWhiteSpace(trackingUrl) ? null : Guard.NotBlank(trackingUrl, "Tracking link", 500);
        ShippedAt = shippedAt;
    }

    public int Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int VendorId { get; private set; }
    public string Carrier { get; private set; } = "";
    public string TrackingNumber { get; private set; } = "";
    public string? TrackingUrl { get; private set; }
    public DateTimeOffset ShippedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public IReadOnlyCollection<ShipmentLine> Lines => _lines;

    internal void Add(OrderItem item, int quantity) => _lines.Add(new ShipmentLine(item, quantity));

    internal void MarkDelivered(DateTimeOffset at) => DeliveredAt ??= at;
}

/// <summary>Units of one order line in a shipment.</summary>
public class ShipmentLine
{
    private ShipmentLine() { }

    internal ShipmentLine(OrderItem item, int quantity)
    {
        Item = item;
        OrderItemId = item.Id;
        Quantity = Guard.Positive(quantity, "Quantity shipped");
    }

    public int Id { get; private set; }
    public int ShipmentId { get; private set; }
    public int OrderItemId { get; private set; }
    public int Quantity { get; private set; }
    /// <summary>The line as it was when shipped; set by the domain, not loaded from the database.</summary>
    internal OrderItem? Item { get; private set; }
}
