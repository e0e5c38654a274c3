using System.Globalization;
using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Persistence;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Orders;

/// <summary>
/// The admin's orders: the filtered grid and its CSV export, one order in full, and the staff actions, each handed
/// to the ordering service that owns it (fulfilment, cancellation, the one refund path).
/// </summary>
public sealed class OrdersService(
    IDbContextFactory<CommerceDbContext> contexts,
    OrderFulfilment fulfilment,
    OrderCancellation cancellation,
    OrderRefunds refunds)
{
    public const int MaxExportRows = 100_000;

    public async Task<OrderPageOfRows> ListAsync(OrderFilter filter, int page, int pageSize, string? sortBy, bool descending,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var orders = filter.Apply(db.Orders.AsNoTracking());
        var total = await orders.CountAsync(cancellationToken);
        var rows = await Rows(Sort(orders, sortBy, descending)).Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new OrderPageOfRows(rows, total);
    }

    public async Task<IReadOnlyList<(int Id, string Name)>> VendorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var vendors = await db.Vendors.AsNoTracking().OrderBy(v => v.Name).Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken);
        return vendors.Select(v => (v.Id, v.Name)).ToList();
    }

    /// <summary>Writes the matching orders (newest first, at most <see cref="MaxExportRows"/>) as CSV.</summary>
    public async Task WriteCsvAsync(OrderFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Names and emails are typed by shoppers: escape a leading "=", "+", "-" or "@" so a spreadsheet never runs them.
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        foreach (var header in new[] { "Number", "Placed (UTC)", "Customer", "Email", "Status", "Payment", "Fulfilment", "Units", "Total", "Refunded", "Currency" })
            csv.WriteField(header);
        await csv.EndRecordAsync(cancellationToken);
        var rows = Rows(filter.Apply(db.Orders.AsNoTracking()).OrderByDescending(o => o.PlacedAt)).Take(MaxExportRows).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            csv.WriteField(row.Number);
            csv.WriteField(row.PlacedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
            csv.WriteField(row.Name);
            csv.WriteField(row.Email);
            csv.WriteField(row.Status.ToString());
            csv.WriteField(row.Payment.ToString());
            csv.WriteField(row.Fulfilment.ToString());
            csv.WriteField(row.Items.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.Total.ToString("0.00", CultureInfo.InvariantCulture));
            csv.WriteField(row.Refunded.ToString("0.00", CultureInfo.InvariantCulture));
            csv.WriteField(row.Currency);
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    public async Task<AdminOrder?> GetAsync(string number, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().Include(o => o.Items).Include(o => o.Shipments).ThenInclude(s => s.Lines)
            .AsSplitQuery().SingleOrDefaultAsync(ByNumberOrId(number), cancellationToken);
        return order is null ? null : await OrderDetails.LoadAsync(db, order, cancellationToken);
    }

    /// <summary>Orders are addressed by number; links made from an id (e.g. the dashboard's) work too.</summary>
    private static System.Linq.Expressions.Expression<Func<Order, bool>> ByNumberOrId(string key)
    {
        if (Guid.TryParse(key, out var id)) return o => o.Id == id;
        var number = key.Trim().ToUpperInvariant();
        return o => o.Number == number;
    }

    public Task<OrderStepResult> ConfirmPaymentAsync(Guid orderId, string actor) => fulfilment.ConfirmPaymentAsync(orderId, actor);

    public Task<OrderStepResult> StartProcessingAsync(Guid orderId) => fulfilment.StartProcessingAsync(orderId);

    public Task<OrderStepResult> MarkDeliveredAsync(Guid orderId) => fulfilment.MarkDeliveredAsync(orderId);

    public Task<OrderStepResult> AddNoteAsync(Guid orderId, string author, string text) => fulfilment.AddNoteAsync(orderId, author, text);

    public Task<OrderStepResult> ShipAsync(Guid orderId, int vendorId, string? carrier, string? trackingNumber, string? trackingUrl,
        IEnumerable<ShipUnits> units)
    {
        if (string.IsNullOrWhiteSpace(carrier)) return Task.FromResult(OrderStepResult.Refused("Choose or type the carrier."));
        if (string.IsNullOrWhiteSpace(trackingNumber)) return Task.FromResult(OrderStepResult.Refused("Enter the tracking number."));
        if (!string.IsNullOrWhiteSpace(trackingUrl) && !(Uri.TryCreate(trackingUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            return Task.FromResult(OrderStepResult.Refused("The tracking link must be a web address (https://…)."));
        var chosen = units.Where(u => u.Quantity > 0).ToDictionary(u => u.ItemId, u => u.Quantity);
        if (chosen.Count == 0) return Task.FromResult(OrderStepResult.Refused("Choose at least one unit to ship."));
        return fulfilment.ShipAsync(orderId, vendorId, carrier, trackingNumber, string.IsNullOrWhiteSpace(trackingUrl) ? null : trackingUrl.Trim(), chosen);
    }

    public async Task<OrderStepResult> CancelAsync(Guid orderId, string? reason, string actor)
    {
        if (string.IsNullOrWhiteSpace(reason)) return OrderStepResult.Refused("Say why the order is cancelled (the customer sees it).");
        var result = await cancellation.CancelAsync(orderId, reason, actor);
        return new OrderStepResult(result.Ok, result.Message);
    }

    public async Task<OrderStepResult> RefundAsync(Guid orderId, string currency, decimal? amount, string? reason, string actor,
        IEnumerable<RefundLine> lines)
    {
        if (amount is null) return OrderStepResult.Refused("Enter the amount to refund.");
        var result = await refunds.RefundAsync(orderId, new Money(amount.Value, currency), reason ?? "", actor,
            lines.Where(l => l.Quantity > 0).ToList());
        return result switch
        {
            RefundResult.Issued issued => OrderStepResult.Done($"{issued.Amount.Format()} refunded; the customer has been emailed."),
            RefundResult.Rejected rejected => OrderStepResult.Refused(rejected.Message),
            RefundResult.Failed failed => OrderStepResult.Refused(failed.Message),
            _ => OrderStepResult.Refused("The refund was not made."),
        };
    }

    private static IQueryable<OrderRow> Rows(IQueryable<Order> orders) => orders.Select(o => new OrderRow(o.Id, o.Number, o.PlacedAt,
        o.ShippingAddress.FullName, o.Email, o.Status, o.PaymentStatus, o.FulfillmentStatus, o.Total, o.RefundedTotal, o.Currency,
        o.Items.Sum(i => i.Quantity)));

    private static IQueryable<Order> Sort(IQueryable<Order> orders, string? sortBy, bool descending) => (sortBy, descending) switch
    {
        (nameof(OrderRow.Number), false) => orders.OrderBy(o => o.Number),
        (nameof(OrderRow.Number), true) => orders.OrderByDescending(o => o.Number),
        (nameof(OrderRow.Total), false) => orders.OrderBy(o => o.Total).ThenByDescending(o => o.PlacedAt),
        (nameof(OrderRow.Total), true) => orders.OrderByDescending(o => o.Total).ThenByDescending(o => o.PlacedAt),
        (nameof(OrderRow.PlacedAt), false) => orders.OrderBy(o => o.PlacedAt),
        _ => orders.OrderByDescending(o => o.PlacedAt),
    };
}
