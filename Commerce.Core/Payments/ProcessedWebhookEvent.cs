namespace Commerce.Core.Payments;

/// <summary>A provider event already handled; its id is the primary key, so a redelivery is recognised and ignored.</summary>
public class ProcessedWebhookEvent(string eventId, string type, DateTimeOffset receivedAt)
{
    public string EventId { get; private set; } = eventId;
    public string Type { get; private set; } = type;
    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;
}
