using Commerce.Core.Catalog;
using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Vendor.Dashboard;

public sealed record VendorDashboardSummary(string Name, VendorStatus Status, decimal CommissionRate, int ActiveProducts, int OpenOrderLines);

/// <summary>The signed-in vendor's own figures; every query is scoped to <see cref="CurrentVendor"/>.</summary>
public sealed class VendorDashboardService(CurrentVendor currentVendor, IDbContextFactory<CommerceDbContext> contexts)
{
    private static readonly OrderStatus[] ToShip = [OrderStatus.Confirmed, OrderStatus.Processing];

    public async Task<VendorDashboardSummary> GetSummaryAsync(CancellationToken cancellationToken = default)
    {
        var vendorId = await currentVendor.IdAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        var vendor = await db.Vendors.AsNoTracking().Where(v => v.Id == vendorId)
            .Select(v => new { v.Name, v.Status, v.CommissionRate })
            .SingleAsync(cancellationToken);
        var activeProducts = await db.Products.AsNoTracking().OwnedBy(vendorId)
            .CountAsync(p => p.Status == ProductStatus.Active, cancellationToken);
        // Lines still to ship: paid-for orders (confirmed or processing) with units not yet fulfilled.
        var openOrderLines = await db.Orders.AsNoTracking().Where(o => ToShip.Contains(o.Status))
            .SelectMany(o => o.Items).OwnedBy(vendorId)
            .CountAsync(line => line.FulfilledQuantity < line.Quantity, cancellationToken);

        return new VendorDashboardSummary(vendor.Name, vendor.Status, vendor.CommissionRate, activeProducts, openOrderLines);
    }
}
