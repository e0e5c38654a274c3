using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Commerce.Core.Reporting;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Reporting;
using Commerce.Web.Admin.Inventory;
using Commerce.Web.Admin.Products;
using Commerce.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Admin.Dashboard;

/// <summary>The store at a glance. "Today" is the current UTC day until the store has a time zone setting.</summary>
public sealed class DashboardService(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<StoreSettings> store, InventoryService inventory)
{
    public const int ChartDays = 30;
    private static readonly OrderStatus[] ToFulfil = [OrderStatus.Confirmed, OrderStatus.Processing];

    public async Task<DashboardSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var currency = store.Value.Currency;
        var month = DayRange.LastDays(today, ChartDays);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var days = await db.OverTimeAsync(month, SalesInterval.Day, currency, cancellationToken);
        var periods = new[] { 1, 7, 30 }.Select(n => DayRange.LastDays(today, n))
            .Select(range => new DashboardPeriod(range, SalesLedger.Figures(days, range, currency))).ToList();
        var topProducts = await db.ByAsync(SalesDimension.Product, month, currency, take: 5, cancellationToken);
        var topVendors = await db.ByAsync(SalesDimension.Vendor, month, currency, take: 5, cancellationToken);

        // Paid (a cancelled or refunded order has left these states) and not everything has shipped yet.
        var awaitingFulfilment = await db.Orders.AsNoTracking()
            .CountAsync(o => ToFulfil.Contains(o.Status) && o.FulfillmentStatus != FulfillmentStatus.Fulfilled, cancellationToken);
        // Counted by the low-stock report's own query, so the figure is the length of the list it links to.
        var lowStockVariants = await inventory.LowStockVariantCountAsync(CatalogScope.Store, cancellationToken);
        var pendingVendors = await db.Vendors.AsNoTracking().CountAsync(v => v.Status == VendorStatus.Pending, cancellationToken);
        var customers = await db.Customers.AsNoTracking().CountAsync(cancellationToken);
        var refundQueue = await RefundQueueAsync(db, cancellationToken);

        return new DashboardSnapshot(currency, periods, days.Select(d => new DashboardDay(d.Start, d.Orders, d.Revenue)).ToList(),
            topProducts, topVendors, awaitingFulfilment, lowStockVariants, pendingVendors, customers, refundQueue, now);
    }

    /// <summary>
    /// Cancelled orders whose payment has not been (fully) given back: the cancellation's automatic refund failed, so
    /// staff must finish it. Read from the order's own payment state, which only the refund service changes.
    /// </summary>
    private static async Task<RefundQueue> RefundQueueAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        // A refund already with the provider holds its amount (RefundPendingTotal), so only what nobody asked for yet counts.
        var waiting = db.Orders.AsNoTracking().AwaitingRefund();
        var count = await waiting.CountAsync(cancellationToken);
        var oldest = await waiting.OrderBy(o => o.CancelledAt).Take(8)
            .Select(o => new RefundQueueItem(o.Id, o.Number, o.Email, new Money(o.Total - o.RefundedTotal - o.RefundPendingTotal, o.Currency), o.CancelledAt))
            .ToListAsync(cancellationToken);
        return new RefundQueue(count, oldest);
    }
}
