using System.Text.Json;
using Commerce.Core.Auditing;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Audit;

public sealed record AuditFilter(string? EntityType = null, string? Actor = null, string? EntityId = null, string? OrderId = null,
    DateOnly? From = null, DateOnly? To = null);

public sealed record AuditFieldChange(string Field, string? Before, string? After);

public sealed record AuditRow(long Id, DateTimeOffset At, string Actor, string EntityType, string EntityId, AuditChange Change,
    IReadOnlyList<AuditFieldChange> Fields);

/// <summary>Reads the audit log for the viewer page. There is nothing here that writes: entries are added by the interceptor only.</summary>
public sealed class AuditLogService(IDbContextFactory<CommerceDbContext> contexts)
{
    public static readonly string[] EntityTypes =
        ["Order", "OrderLine", "Shipment", "Refund", "OrderNote", "Product", "Variant", "Stock", "Coupon", "Vendor", "Customer", "User", "Role", "UserRole"];

    public async Task<(IReadOnlyList<AuditRow> Rows, int Total)> ListAsync(AuditFilter filter, int page, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.EntityType is { Length: > 0 } type) entries = entries.Where(e => e.EntityType == type);
        if (filter.Actor?.Trim() is { Length: > 0 } actor) entries = entries.Where(e => e.Actor.StartsWith(actor.ToLower()) || e.Actor.StartsWith(actor));
        if (filter.EntityId?.Trim() is { Length: > 0 } id) entries = entries.Where(e => e.EntityId == id);
        if (filter.OrderId?.Trim() is { Length: > 0 } orderId) entries = entries.Where(e => e.OrderId == orderId);
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At < end);
        }
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (rows.Select(e => new AuditRow(e.Id, e.At, e.Actor, e.EntityType, e.EntityId, e.Change, Fields(e.Changes))).ToList(), total);
    }

    private static List<AuditFieldChange> Fields(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().Select(p => new AuditFieldChange(p.Name,
            Text(p.Value.TryGetProperty("before", out var before) ? before : default),
            Text(p.Value.TryGetProperty("after", out var after) ? after : default))).ToList();
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
