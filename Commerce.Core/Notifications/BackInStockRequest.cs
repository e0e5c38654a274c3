namespace Commerce.Core.Notifications;

/// <summary>A shopper's wish to hear when a sold-out variant returns; answered once, then kept as a record.</summary>
public class BackInStockRequest
{
    private BackInStockRequest() { }

    public BackInStockRequest(int variantId, string email, DateTimeOffset at)
    {
        VariantId = variantId;
        Email = Customers.Customer.NormalizeEmail(email);
        RequestedAt = at;
    }

    public int Id { get; private set; }
    public int VariantId { get; private set; }
    public string Email { get; private set; } = "";
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? NotifiedAt { get; private set; }

    public bool MarkNotified(DateTimeOffset at)
    {
        if (NotifiedAt is not null) return false;
        NotifiedAt = at;
        return true;
    }
}
