namespace Commerce.Core.Ordering;

/// <summary>One parcel sent by one vendor for an order, with its carrier and tracking link.</summary>
public class Shipment
{
    private Shipment() { }

    internal Shipment(int vendorId, string carrier, string trackingNumber, string? trackingUrl, DateTimeOffset shippedAt)
    {
        VendorId = vendorId;
        Carrier = carrier;
        TrackingNumber = trackingNumber;
        TrackingUrl = trackingUrl;
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

    internal void MarkDelivered(DateTimeOffset at) => DeliveredAt ??= at;
}
