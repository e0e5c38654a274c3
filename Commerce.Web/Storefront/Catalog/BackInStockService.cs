using Commerce.Core.Customers;
using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Catalog;

public sealed record BackInStockResult(string? Error);

/// <summary>Records "email me when it's back" wishes; the background jobs send the notice once stock returns.</summary>
public sealed class BackInStockService(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock)
{
    public async Task<BackInStockResult> RequestAsync(int variantId, string? email, CancellationToken cancellationToken = default)
    {
        string normalized;
        try { normalized = Customer.NormalizeEmail(email ?? ""); }
        catch (DomainException) { return new("Please enter a valid email address."); }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Variants.AnyAsync(v => v.Id == variantId && v.IsActive, cancellationToken))
            return new("That item is no longer available.");
        // Asking twice is fine: the unique (variant, email) index makes the second wish a no-op.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO back_in_stock_requests (variant_id, email, requested_at) VALUES ({variantId}, {normalized}, {clock.GetUtcNow()})
            ON CONFLICT (variant_id, email) DO UPDATE SET notified_at = NULL WHERE back_in_stock_requests.notified_at IS NOT NULL
            """, cancellationToken);
        return new(null);
    }
}
