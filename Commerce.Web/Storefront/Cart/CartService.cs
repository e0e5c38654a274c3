using Commerce.Core.Catalog;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Commerce.Web.Hosting;
using Commerce.Core.Promotions;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Storefront.Cart;

public sealed record CartChange(bool Ok, string Message);

/// <summary>
/// The shopper's cart: found by customer or cookie, changed with single atomic statements (two tabs adding the same
/// item end with the sum), and always revalidated and repriced from the database when shown.
/// </summary>
public sealed class CartService(
    IDbContextFactory<CommerceDbContext> contexts,
    ShopperContext shopper,
    CartPricing pricing,
    TimeProvider clock,
    IOptions<StoreSettings> store)
{
    public async Task<CartChange> AddAsync(int variantId, int quantity, CancellationToken cancellationToken = default)
    {
        if (quantity is < 1 or > CartEntity.MaxQuantityPerLine) return new(false, $"Please choose a quantity between 1 and {CartEntity.MaxQuantityPerLine}.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var variant = await db.Variants.AsNoTracking().Where(v => v.Id == variantId && v.IsActive && v.Product.Status == ProductStatus.Active
                && db.Vendors.Any(x => x.Id == v.Product.VendorId && x.Status == VendorStatus.Approved))
            .Select(v => new
            {
                v.Name, ProductName = v.Product.Name, Price = v.PriceOverride ?? v.Product.BasePrice, v.Product.Currency,
                Limited = v.Product.TrackInventory && !v.Product.AllowBackorder,
                Available = db.VariantStock.Where(s => s.VariantId == v.Id).Sum(s => s.Available),
            }).SingleOrDefaultAsync(cancellationToken);
        if (variant is null) return new(false, "Sorry, that item is not available.");
        if (variant.Currency != store.Value.Currency) return new(false, "Sorry, that item cannot be bought in this store's currency.");
        var cap = variant.Limited ? Math.Min(CartEntity.MaxQuantityPerLine, variant.Available) : CartEntity.MaxQuantityPerLine;
        if (cap <= 0) return new(false, $"Sorry, {variant.ProductName} is sold out.");

        var cartId = await EnsureCartAsync(db, cancellationToken);
        var before = await db.CartItems.Where(i => i.CartId == cartId && i.VariantId == variantId).Select(i => i.Quantity).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var total = await db.Database.SqlQuery<int>($"""
            INSERT INTO cart_items (cart_id, variant_id, quantity, currency, unit_price, added_at)
            VALUES ({cartId}, {variantId}, {Math.Min(quantity, cap)}, {variant.Currency}, {variant.Price}, {now})
            ON CONFLICT (cart_id, variant_id) DO UPDATE
                SET quantity = LEAST(cart_items.quantity + EXCLUDED.quantity, {cap}), unit_price = EXCLUDED.unit_price
            RETURNING quantity AS "Value"
            """).ToListAsync(cancellationToken);
        await TouchAsync(db, cartId, cancellationToken);
        var name = variant.Name == "Default" ? variant.ProductName : $"{variant.ProductName} ({variant.Name})";
        return total[0] < before + quantity
            ? new(true, $"Only {cap} of {name} available, so your cart now has {total[0]}.")
            : new(true, $"Added {name} to your cart.");
    }

    public async Task<CartChange> ChangeQuantityAsync(int variantId, int quantity, CancellationToken cancellationToken = default)
    {
        if (quantity > CartEntity.MaxQuantityPerLine) return new(false, $"You can buy at most {CartEntity.MaxQuantityPerLine} of one item.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindCartIdAsync(db, cancellationToken) is not { } cartId) return new(false, "Your cart is empty.");
        var items = db.CartItems.Where(i => i.CartId == cartId && i.VariantId == variantId);
        var changed = quantity <= 0
            ? await items.ExecuteDeleteAsync(cancellationToken)
            : await items.ExecuteUpdateAsync(s => s.SetProperty(i => i.Quantity, quantity), cancellationToken);
        await TouchAsync(db, cartId, cancellationToken);
        return changed == 0 ? new(false, "That item is not in your cart.") : new(true, quantity <= 0 ? "Item removed." : "Cart updated.");
    }

    public Task<CartChange> RemoveAsync(int variantId, CancellationToken cancellationToken = default) => ChangeQuantityAsync(variantId, 0, cancellationToken);

    public async Task<CartChange> ApplyCouponAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 50) return new(false, "Please enter a coupon code.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadCartAsync(db, cancellationToken) is not { } cart) return new(false, "Your cart is empty.");
        cart.ApplyCoupon(code);
        var quote = await pricing.QuoteAsync(db, cart, cancellationToken);
        var check = quote.Price.CouponCheck;
        if (check is not CouponCheck.Applied)
        {
            // Unknown codes never reach the engine as a coupon; keep nothing that does not apply.
            var message = check is CouponCheck.Rejected rejected ? rejected.Message : CouponCheck.UnknownCode(code).Message;
            return new(false, message);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new(true, $"Coupon {cart.CouponCode} applied.");
    }

    public async Task<CartChange> RemoveCouponAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadCartAsync(db, cancellationToken) is not { } cart) return new(false, "Your cart is empty.");
        cart.RemoveCoupon();
        await db.SaveChangesAsync(cancellationToken);
        return new(true, "Coupon removed.");
    }

    public async Task<CartChange> EstimateShippingAsync(string? countryCode, string? postalCode, CancellationToken cancellationToken = default)
    {
        var country = (countryCode ?? "").Trim().ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)) return new(false, "Please choose a country.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadCartAsync(db, cancellationToken) is not { } cart) return new(false, "Your cart is empty.");
        cart.EstimateShippingTo(country, postalCode?.Trim() is { Length: <= 20 } p ? p : null);
        await db.SaveChangesAsync(cancellationToken);
        return new(true, "Shipping estimate updated.");
    }

    /// <summary>The cart revalidated now: prices refreshed, quantities capped, problems listed.</summary>
    public async Task<CartQuote?> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await LoadCartAsync(db, cancellationToken) is not { } cart) return null;
        var quote = await pricing.QuoteAsync(db, cart, cancellationToken);
        if (quote.Issues.Any(i => i.Kind is CartIssueKind.PriceChanged or CartIssueKind.QuantityCapped))
            return await CartPricing.ReconcileAsync(db, quote, cancellationToken);
        return quote;
    }

    /// <summary>Opens a guest cart from the link in an abandoned-cart email; false when the link is stale.</summary>
    public async Task<bool> ResumeAsync(string token, CancellationToken cancellationToken = default)
    {
        if (token.Length is < 20 or > 64 || await shopper.CustomerIdAsync(cancellationToken) is not null) return false;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Carts.AnyAsync(c => c.Token == token && c.CustomerId == null, cancellationToken)) return false;
        shopper.ResumeCart(token);
        return true;
    }

    /// <summary>Item count and subtotal for the header, in one small query.</summary>
    public async Task<(int Count, decimal Subtotal)> SummaryAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await FindCartIdAsync(db, cancellationToken) is not { } cartId) return (0, 0m);
        var rows = await db.CartItems.AsNoTracking().Where(i => i.CartId == cartId)
            .GroupBy(i => 1).Select(g => new { Count = g.Sum(i => i.Quantity), Subtotal = g.Sum(i => i.UnitPrice * i.Quantity) })
            .SingleOrDefaultAsync(cancellationToken);
        return rows is null ? (0, 0m) : (rows.Count, rows.Subtotal);
    }

    internal async Task<CartEntity?> LoadCartAsync(CommerceDbContext db, CancellationToken cancellationToken) =>
        await FindCartIdAsync(db, cancellationToken) is { } id ? await db.Carts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) : null;

    /// <summary>A customer's cart is theirs wherever they log in; a guest's cart is only reachable by its cookie and never a customer's.</summary>
    internal async Task<Guid?> FindCartIdAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        if (await shopper.CustomerIdAsync(cancellationToken) is { } customerId)
            return await db.Carts.Where(c => c.CustomerId == customerId).OrderByDescending(c => c.UpdatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
        return shopper.CartToken is { } token
            ? await db.Carts.Where(c => c.Token == token && c.CustomerId == null).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken)
            : null;
    }

    private async Task<Guid> EnsureCartAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        if (await FindCartIdAsync(db, cancellationToken) is { } existing) return existing;
        var cart = new CartEntity(store.Value.Currency, clock.GetUtcNow(), await shopper.CustomerIdAsync(cancellationToken));
        db.Carts.Add(cart);
        await db.SaveChangesAsync(cancellationToken);
        if (cart.CustomerId is null) shopper.RememberCart(cart.Token);
        return cart.Id;
    }

    private Task TouchAsync(CommerceDbContext db, Guid cartId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Carts.Where(c => c.Id == cartId).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.UpdatedAt, now)
            .SetProperty(c => c.ExpiresAt, now + CartEntity.GuestLifetime)
            .SetProperty(c => c.ReminderSentAt, (DateTimeOffset?)null), cancellationToken);
    }
}
