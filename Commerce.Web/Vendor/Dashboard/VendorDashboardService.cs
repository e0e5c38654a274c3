using Commerce.Core.Common;
using Commerce.Core.Catalog;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Vendor.Dashboard;

public sealed record SalesDay(DateOnly Day, decimal Sales);

public sealed record LowStockVariant(string ProductName, string Sku, int Available, int ReorderPoint);

public sealed record VendorDashboardSummary(string Name, VendorStatus Status, decimal CommissionRate, int ActiveProducts, int OrdersToShip,
    Money SalesToday, Money Sales7Days, Money Sales30Days, VendorBalance Balance, IReadOnlyList<SalesDay> Days, IReadOnlyList<LowStockVariant> LowStock);

/// <summary>The signed-in vendor's own figures; every query is scoped to <see cref="CurrentVendor"/>.</summary>
public sealed class VendorDashboardService(CurrentVendor currentVendor, IDbContextFactory<CommerceDbContext> contexts, MarketplaceLedger ledger, TimeProvider clock)
{
    private static readonly OrderStatus[] ToShip = [OrderStatus.Confirmed, OrderStatus.Processing];

    public async Task<VendorDashboardSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var vendorId = await currentVendor.IdAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var currency = Currency.Default;

        var vendor = await db.Vendors.AsNoTracking().Where(v => v.Id == vendorId)
            .Select(v => new { v.Name, v.Status, v.CommissionRate }).SingleAsync(cancellationToken);
        var activeProducts = await db.Products.AsNoTracking().OwnedBy(vendorId).CountAsync(p => p.Status == ProductStatus.Active, cancellationToken);
        // Paid-for orders (confirmed or processing) in which this vendor still has units to send.
        var ordersToShip = await db.OrderItems.AsNoTracking().OwnedBy(vendorId).Where(line => line.FulfilledQuantity + line.RefundedQuantity < line.Quantity)
            .Join(db.Orders.Where(o => ToShip.Contains(o.Status)), line => line.OrderId, o => o.Id, (line, o) => o.Id)
            .Distinct().CountAsync(cancellationToken);

        // Sales are the vendor's goods as the ledger recorded them when paid (after discounts, before commission).
        var since = today.AddDays(-29);
        var sales = await db.LedgerEntries.AsNoTracking().OwnedBy(vendorId).Where(e => e.Account == AccountKind.VendorPayable && e.Type == EntryType.Sale)
            .Join(db.LedgerTransactions.Where(t => t.OccurredAt >= since), e => e.TransactionId, t => t.Id, (e, t) => new { t.OccurredAt, e.Amount })
            .ToListAsync(cancellationToken);
        var days = Enumerable.Range(0, 30).Select(i => DateOnly.FromDateTime(since.UtcDateTime.AddDays(i)))
            .Select(day => new SalesDay(day, -sales.Where(s => DateOnly.FromDateTime(s.OccurredAt.UtcDateTime) == day).Sum(s => s.Amount))).ToList();
        Money Since(DateTimeOffset from) => new(-sales.Where(s => s.OccurredAt >= from).Sum(s => s.Amount), currency);

        var lowStock = await db.InventoryLevels.AsNoTracking()
            .Join(db.Variants.AsNoTracking().OwnedBy(vendorId).Where(v => v.IsActive && v.Product.TrackInventory), l => l.VariantId, v => v.Id,
                (l, v) => new { v.Product.Name, v.Sku, Available = l.OnHand - l.Reserved, l.ReorderPoint })
            .Where(x => x.Available <= x.ReorderPoint).OrderBy(x => x.Available).Take(10)
            .Select(x => new LowStockVariant(x.Name, x.Sku, x.Available, x.ReorderPoint)).ToListAsync(cancellationToken);

        var balance = await MarketplaceLedger.BalanceAsync(db, vendorId, currency, now, cancellationToken);
        return new VendorDashboardSummary(vendor.Name, vendor.Status, ledger.Options.Policy.RateFor(vendor.CommissionRate), activeProducts, ordersToShip,
            Since(today), Since(today.AddDays(-6)), Since(since), balance, days, lowStock);
    }
}
