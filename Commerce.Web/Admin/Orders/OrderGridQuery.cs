using Commerce.Core.Ordering;
using Commerce.Infrastructure.Ordering;

namespace Commerce.Web.Admin.Orders;

/// <summary>The orders grid's filters, as they appear in its address (so a dashboard figure can link to a filtered grid).</summary>
public sealed record OrderFilter(
    OrderStatus? Status = null,
    PaymentStatus? Payment = null,
    FulfillmentStatus? Fulfilment = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int? VendorId = null,
    string? Text = null,
    string? Queue = null)
{
    public bool AwaitingRefund => Queue == RefundQueue.QueueName;

    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string name, object? value) { if (value is not null && value.ToString() is { Length: > 0 } text) parts.Add($"{name}={Uri.EscapeDataString(text)}"); }
        Add("status", Status);
        Add("payment", Payment);
        Add("fulfilment", Fulfilment);
        Add("from", From?.ToString("yyyy-MM-dd"));
        Add("to", To?.ToString("yyyy-MM-dd"));
        Add("vendor", VendorId);
        Add("q", Text?.Trim());
        Add("queue", Queue);
        return string.Join("&", parts);
    }

    public static OrderFilter Parse(Func<string, string?> value) => new(
        Enum.TryParse<OrderStatus>(value("status"), true, out var status) ? status : null,
        Enum.TryParse<PaymentStatus>(value("payment"), true, out var payment) ? payment : null,
        Enum.TryParse<FulfillmentStatus>(value("fulfilment"), true, out var fulfilment) ? fulfilment : null,
        DateOnly.TryParse(value("from"), out var from) ? from : null,
        DateOnly.TryParse(value("to"), out var to) ? to : null,
        int.TryParse(value("vendor"), out var vendor) ? vendor : null,
        value("q") is { Length: > 0 } text ? text[..Math.Min(text.Length, 100)] : null,
        value("queue") == RefundQueue.QueueName ? RefundQueue.QueueName : null);

    public IQueryable<Order> Apply(IQueryable<Order> orders)
    {
        if (AwaitingRefund) orders = orders.AwaitingRefund();
        if (Status is { } status) orders = orders.Where(o => o.Status == status);
        if (Payment is { } payment) orders = orders.Where(o => o.PaymentStatus == payment);
        if (Fulfilment is { } fulfilment) orders = orders.Where(o => o.FulfillmentStatus == fulfilment);
        if (From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            orders = orders.Where(o => o.PlacedAt >= start);
        }
        if (To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            orders = orders.Where(o => o.PlacedAt < end);
        }
        if (VendorId is { } vendorId) orders = orders.Where(o => o.Items.Any(i => i.VendorId == vendorId));
        if (Text?.Trim() is { Length: > 0 } text)
        {
            // An order number or an email is matched from its start (index-friendly); anything else also searches the name.
            var upper = text.ToUpperInvariant();
            var lower = text.ToLowerInvariant();
            orders = upper.StartsWith("ORD-", StringComparison.Ordinal) ? orders.Where(o => o.Number.StartsWith(upper))
                : text.Contains('@') ? orders.Where(o => o.Email.StartsWith(lower))
                : orders.Where(o => o.Email.StartsWith(lower) || o.Number.EndsWith(upper)
                    || o.ShippingAddress.FullName.ToLower().Contains(lower));
        }
        return orders;
    }
}

public sealed record OrderRow(Guid Id, string Number, DateTimeOffset PlacedAt, string Name, string Email, OrderStatus Status,
    PaymentStatus Payment, FulfillmentStatus Fulfilment, decimal Total, decimal Refunded, string Currency, int Items);

public sealed record OrderPageOfRows(IReadOnlyList<OrderRow> Rows, int Total);
