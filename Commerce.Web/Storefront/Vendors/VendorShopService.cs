using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Vendors;

public sealed record VendorShop(string Name, string Slug, string? Description, string? LogoUrl, DateTimeOffset? SellingSince);

/// <summary>A selling vendor's public shop page; a pending, rejected or suspended vendor has none.</summary>
public sealed class VendorShopService(IDbContextFactory<CommerceDbContext> contexts)
{
    public async Task<VendorShop?> FindAsync(string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Vendors.AsNoTracking().Where(v => v.Slug == slug && v.Status == VendorStatus.Approved)
            .Select(v => new VendorShop(v.Name, v.Slug, v.Description, v.LogoUrl, v.ApprovedAt)).SingleOrDefaultAsync(cancellationToken);
    }
}
