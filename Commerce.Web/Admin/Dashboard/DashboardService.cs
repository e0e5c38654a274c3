using Commerce.Core.Catalog;
using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Admin.Dashboard;

public sealed record DashboardSnapshot(
    int OrdersToday,
    decimal RevenueToday,
    string Currency,
    int ActiveProducts,
    int LowStockVariants,
    int Customers,
    int PendingVendors,
    DateTimeOffset TakenAt);

/// <summary>The store at a glance. "Today" is the current UTC day until the store has a time zone setting.</summary>
public sealed class DashboardService(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock, IOptions<StoreSettings> store)
{
    public async Task<DashboardSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var dayStart = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var dayEnd = dayStart.AddDays(1);
        var currency = store.Value.Currency;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var placedToday = db.Orders.AsNoTracking().Where(o => o.PlacedAt >= dayStart && o.PlacedAt < dayEnd);

        var ordersToday = await placedToday.CountAsync(cancellationToken);
        var revenueToday = await placedToday
            .Where(o => o.PaymentStatus == PaymentStatus.Paid && o.Currency == currency)
            .SumAsync(o => o.Total, cancellationToken);
        var activeProducts = await db.Products.AsNoTracking().CountAsync(p => p.Status == ProductStatus.Active, cancellationToken);
        // A variant is low when any of its stock rows has no more available than the reorder point.
        var lowStockVariants = await db.InventoryLevels.AsNoTracking()
            .Where(l => l.OnHand - l.Reserved <= l.ReorderPoint)
            .Select(l => l.VariantId).Distinct().CountAsync(cancellationToken);
        var customers = await db.Customers.AsNoTracking().CountAsync(cancellationToken);
        var pendingVendors = await db.Vendors.AsNoTracking().CountAsync(v => v.Status == VendorStatus.Pending, cancellationToken);

        return new DashboardSnapshot(ordersToday, revenueToday, currency, activeProducts, lowStockVariants, customers, pendingVendors, now);
    }
}
