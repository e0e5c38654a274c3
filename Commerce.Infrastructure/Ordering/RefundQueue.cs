using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Ordering;

public sealed record AwaitingRefundSummary(int Orders, decimal Amount, string Currency);

/// <summary>
/// Cancelled orders whose payment has not all gone back yet (the provider refused or was down when they were
/// cancelled): a queue for staff. The dashboard shows <see cref="SummaryAsync"/> and links to the orders grid
/// filtered with <see cref="GridLink"/>.
/// </summary>
public static class RefundQueue
{
    public const string QueueName = "awaiting-refund";
    public const string GridLink = "/admin/orders?queue=" + QueueName;

    public static IQueryable<Order> AwaitingRefund(this IQueryable<Order> orders) =>
        orders.Where(o => o.Status == OrderStatus.Cancelled
            && (o.PaymentStatus == PaymentStatus.Paid || o.PaymentStatus == PaymentStatus.PartiallyRefunded)
            && o.RefundedTotal + o.RefundPendingTotal < o.Total);

    public static async Task<AwaitingRefundSummary> SummaryAsync(CommerceDbContext db, string currency, CancellationToken cancellationToken = default)
    {
        var rows = await db.Orders.AsNoTracking().AwaitingRefund().Where(o => o.Currency == currency)
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Amount = g.Sum(o => o.Total - o.RefundedTotal - o.RefundPendingTotal) })
            .FirstOrDefaultAsync(cancellationToken);
        return new AwaitingRefundSummary(rows?.Count ?? 0, rows?.Amount ?? 0m, currency);
    }
}
