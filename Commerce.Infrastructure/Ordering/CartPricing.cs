using Commerce.Core.Cart;
using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Pricing;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Ordering;

/// <summary>
/// Revalidates a cart against the catalog and prices it with the one pricing engine. Prices always come from the
/// database; the cart's stored prices only tell us what the shopper saw, so a change can be pointed out.
/// </summary>
public sealed class CartPricing(TimeProvider clock)
{
    public async Task<CartQuote> QuoteAsync(CommerceDbContext db, Cart cart, CancellationToken cancellationToken = default)
    {
        var coupon = cart.CouponCode is null ? null : await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Code == cart.CouponCode, cancellationToken);
        var (lines, methods, request) = await BuildAsync(db, cart, coupon, cancellationToken);
        var price = PricingEngine.Price(request);
        var options = PricingEngine.ShippingOptions(request, methods);
        return new CartQuote(cart.Id, cart.Currency, lines, FindIssues(lines), price, options, cart.Email, cart.ShippingAddress, cart.BillingAddress, cart.ShippingMethodId,
            cart.ShippingAddress?.CountryCode ?? cart.ShippingCountryCode);
    }

    /// <summary>
    /// The request the cart would be priced with if the shopper entered <paramref name="coupon"/>: same lines, same
    /// usage count, same clock. Lets the back office ask "would this coupon apply to this cart, and if not why".
    /// </summary>
    public async Task<PricingRequest> RequestWithCouponAsync(CommerceDbContext db, Cart cart, Coupon coupon, CancellationToken cancellationToken = default) =>
        (await BuildAsync(db, cart, coupon, cancellationToken)).Request;

    private async Task<(IReadOnlyList<CartLine> Lines, List<ShippingMethod> Methods, PricingRequest Request)> BuildAsync(
        CommerceDbContext db, Cart cart, Coupon? coupon, CancellationToken cancellationToken)
    {
        var lines = await LoadLinesAsync(db, cart, cancellationToken);
        var priceable = lines.Where(l => l.IsPurchasable && l.Available is not <= 0)
            .Select(l => l.Available is { } available && l.Quantity > available ? l with { Quantity = available } : l)
            .ToList();

        var usage = coupon is null ? CouponUsage.None : await UsageAsync(db, coupon.Id, cart, cancellationToken);
        var methods = await db.ShippingMethods.AsNoTracking().Include(m => m.Rates).Where(m => m.IsActive).ToListAsync(cancellationToken);
        var taxRates = await db.TaxRates.AsNoTracking().ToListAsync(cancellationToken);
        var destination = cart.ShippingAddress is { } address ? Destination.Of(address)
            : cart.ShippingCountryCode is { } country ? new Destination(country, null, cart.ShippingPostalCode) : null;

        var request = new PricingRequest(cart.Currency,
            priceable.Select(l => new PricingLine(l.VariantId, l.ProductId, l.CategoryIds, l.ProductName, l.Quantity, l.Price, l.WeightGrams, l.IsDigital)).ToList(),
            coupon, usage, destination, methods.FirstOrDefault(m => m.Id == cart.ShippingMethodId), taxRates, clock.GetUtcNow());
        return (lines, methods, request);
    }

    /// <summary>
    /// Writes back what revalidation found: current prices become the seen prices, quantities are capped to stock.
    /// Returns the quote with its lines as now stored, so a page shows the capped quantity its totals were priced on.
    /// </summary>
    public static async Task<CartQuote> ReconcileAsync(CommerceDbContext db, CartQuote quote, CancellationToken cancellationToken = default)
    {
        foreach (var line in quote.Lines.Where(l => l.SeenPrice != l.Price))
            await db.CartItems.Where(i => i.CartId == quote.CartId && i.VariantId == line.VariantId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.UnitPrice, line.Price.Amount), cancellationToken);
        foreach (var line in quote.Lines.Where(l => l.Available is > 0 && l.Quantity > l.Available))
            await db.CartItems.Where(i => i.CartId == quote.CartId && i.VariantId == line.VariantId && i.Quantity > line.Available)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Quantity, line.Available!.Value), cancellationToken);
        return quote with
        {
            Lines = quote.Lines.Select(l => l with
            {
                SeenPrice = l.Price,
                Quantity = l.Available is > 0 && l.Quantity > l.Available ? l.Available.Value : l.Quantity,
            }).ToList(),
        };
    }

    private static IReadOnlyList<CartIssue> FindIssues(IReadOnlyList<CartLine> lines)
    {
        var issues = new List<CartIssue>();
        foreach (var line in lines)
        {
            var name = line.VariantName == "Default" ? line.ProductName : $"{line.ProductName} ({line.VariantName})";
            if (!line.IsPurchasable)
                issues.Add(new(line.VariantId, CartIssueKind.NoLongerAvailable, $"{name} is no longer available. Please remove it to continue."));
            else if (line.Available is <= 0)
                issues.Add(new(line.VariantId, CartIssueKind.SoldOut, $"{name} has sold out. Please remove it to continue."));
            else if (line.Available is { } available && line.Quantity > available)
                issues.Add(new(line.VariantId, CartIssueKind.QuantityCapped, $"Only {available} of {name} left, so we've updated the quantity."));
            if (line.IsPurchasable && line.SeenPrice != line.Price)
                issues.Add(new(line.VariantId, CartIssueKind.PriceChanged,
                    $"The price of {name} changed from {line.SeenPrice.Format()} to {line.Price.Format()}."));
        }
        return issues;
    }

    private static async Task<CouponUsage> UsageAsync(CommerceDbContext db, int couponId, Cart cart, CancellationToken cancellationToken)
    {
        if (cart.CustomerId is null && cart.Email is null) return CouponUsage.None;
        var used = await db.CouponRedemptions.CountAsync(r => r.CouponId == couponId && r.Status != RedemptionStatus.Released
            && ((cart.CustomerId != null && r.CustomerId == cart.CustomerId) || (cart.Email != null && r.Email == cart.Email)), cancellationToken);
        return new CouponUsage(used);
    }

    private static async Task<IReadOnlyList<CartLine>> LoadLinesAsync(CommerceDbContext db, Cart cart, CancellationToken cancellationToken)
    {
        var rows = await db.CartItems.AsNoTracking().Where(i => i.CartId == cart.Id).OrderBy(i => i.AddedAt).ThenBy(i => i.Id)
            .Join(db.Variants, i => i.VariantId, v => v.Id, (i, v) => new { Item = i, Variant = v, v.Product })
            .Select(x => new
            {
                x.Item.VariantId, x.Item.Quantity, x.Item.UnitPrice, x.Item.Currency,
                x.Product.Id, x.Product.VendorId, x.Product.Name, x.Product.Slug, x.Product.CategoryId, x.Product.BasePrice,
                ProductCurrency = x.Product.Currency, x.Product.TrackInventory, x.Product.AllowBackorder, x.Product.IsDigital,
                x.Product.Dimensions.WeightGrams, x.Product.Status,
                VariantName = x.Variant.Name, x.Variant.Sku, x.Variant.PriceOverride, x.Variant.IsActive,
                Image = x.Variant.ImageUrl ?? x.Product.Images.OrderByDescending(img => img.IsPrimary).Select(img => img.Url).FirstOrDefault(),
                VendorApproved = db.Vendors.Any(v => v.Id == x.Product.VendorId && v.Status == VendorStatus.Approved),
                Available = db.VariantStock.Where(s => s.VariantId == x.Item.VariantId).Sum(s => s.Available),
            })
            .ToListAsync(cancellationToken);
        var ancestry = await CategoryAncestry.LoadAsync(db, cancellationToken);

        return rows.Select(r => new CartLine(r.VariantId, r.Id, r.VendorId, r.Name, r.Slug, r.VariantName, r.Sku, r.Image, r.Quantity,
            new Money(r.UnitPrice, r.Currency), new Money(r.PriceOverride ?? r.BasePrice, r.ProductCurrency),
            r.TrackInventory && !r.AllowBackorder ? Math.Max(0, r.Available) : null,
            r.IsActive && r.Status == ProductStatus.Active && r.VendorApproved && r.ProductCurrency == cart.Currency,
            r.WeightGrams, r.IsDigital, ancestry.SelfAndAncestors(r.CategoryId))).ToList();
    }
}
