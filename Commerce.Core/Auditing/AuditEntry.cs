namespace Commerce.Core.Auditing;

public enum AuditChange
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}

/// <summary>
/// One change to a record staff care about: who, when, which record, and each changed field before → after.
/// Entries are only ever added; the database refuses to change or delete them.
/// </summary>
public class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string actor, string entityType, string entityId, AuditChange change, string changes, string? orderId = null)
    {
        At = at;
        Actor = string.IsNullOrWhiteSpace(actor) ? "system" : actor.Trim();
        EntityType = entityType;
        EntityId = entityId;
        Change = change;
        Changes = changes;
        OrderId = orderId;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Actor { get; private set; } = "";
    /// <summary>What kind of record, e.g. "Order", "Refund", "Product", "UserRole".</summary>
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public AuditChange Change { get; private set; }
    /// <summary>JSON object: field → { "before": …, "after": … }.</summary>
    public string Changes { get; private set; } = "{}";
    /// <summary>The order the record belongs to, when it does (order lines, refunds, shipments, notes), so an order's history is one query.</summary>
    public string? OrderId { get; private set; }
}
