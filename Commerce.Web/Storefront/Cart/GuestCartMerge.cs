using System.Security.Claims;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Cart;

/// <summary>
/// At log-in, the guest cart folds into the customer's cart: quantities add up, capped by stock and by the per-line
/// limit, in single statements. A customer without a cart simply takes the guest cart over.
/// </summary>
public sealed class GuestCartMerge(IDbContextFactory<CommerceDbContext> contexts, ILogger<GuestCartMerge> logger)
{
    public async Task MergeAsync(HttpContext http, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!http.Request.Cookies.TryGetValue(ShopperContext.CartCookie, out var token)) return;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customerId = await db.Customers.Where(c => c.UserId == userId).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        var guestCartId = await db.Carts.Where(c => c.Token == token && c.CustomerId == null).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken);
        http.Response.Cookies.Delete(ShopperContext.CartCookie);
        if (customerId is null || guestCartId is null) return;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customerCartId = await db.Carts.Where(c => c.CustomerId == customerId).OrderByDescending(c => c.UpdatedAt)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        if (customerCartId is null)
        {
            await db.Carts.Where(c => c.Id == guestCartId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerId, customerId), cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO cart_items (cart_id, variant_id, quantity, currency, unit_price, added_at)
                SELECT {customerCartId}, g.variant_id, g.quantity, g.currency, g.unit_price, g.added_at
                FROM cart_items g WHERE g.cart_id = {guestCartId}
                ON CONFLICT (cart_id, variant_id) DO UPDATE SET quantity = GREATEST(1, LEAST(cart_items.quantity + EXCLUDED.quantity, 99,
                    COALESCE((SELECT s.available FROM variant_stock s
                              JOIN product_variants v ON v.id = s.variant_id JOIN products p ON p.id = v.product_id
                              WHERE s.variant_id = EXCLUDED.variant_id AND p.track_inventory AND NOT p.allow_backorder), 99)))
                """, cancellationToken);
            await db.Carts.Where(c => c.Id == guestCartId).ExecuteDeleteAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Merged guest cart {GuestCart} into customer {Customer}'s cart", guestCartId, customerId);
    }

    /// <summary>Hooks the merge into Identity's application cookie, so every way of signing in merges.</summary>
    public static void Attach(CookieAuthenticationOptions cookie)
    {
        var previous = cookie.Events.OnSignedIn;
        cookie.Events.OnSignedIn = async context =>
        {
            await previous(context);
            if (context.Principal is { } principal)
                await context.HttpContext.RequestServices.GetRequiredService<GuestCartMerge>().MergeAsync(context.HttpContext, principal);
        };
    }
}
