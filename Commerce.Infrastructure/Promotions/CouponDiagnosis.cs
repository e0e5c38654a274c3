using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.Core.Pricing;
using Commerce.Core.Promotions;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Promotions;

/// <summary>
/// Tries one coupon on an order (as it was when placed) or on a shopper's current cart, with the same evaluator and,
/// for carts, the same request the cart page builds, so the back office sees the message the shopper saw.
/// </summary>
public sealed class CouponDiagnosis(CartPricing cartPricing, TimeProvider clock)
{
    /// <summary><paramref name="orderNumberOrEmail"/> is an order number, or an email whose current cart is tried.</summary>
    public Task<CouponTrial> TryAsync(CommerceDbContext db, Coupon coupon, string orderNumberOrEmail, CancellationToken cancellationToken = default)
    {
        var input = orderNumberOrEmail.Trim();
        if (input.Length == 0) return Task.FromResult<CouponTrial>(new CouponTrial.NotFound("Enter an order number or a shopper's email."));
        return input.Contains('@') ? OnCartAsync(db, coupon, input, cancellationToken) : OnOrderAsync(db, coupon, input, cancellationToken);
    }

    private async Task<CouponTrial> OnOrderAsync(CommerceDbContext db, Coupon coupon, string number, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Items).SingleOrDefaultAsync(o => o.Number == number.ToUpperInvariant(), cancellationToken);
        if (order is null) return new CouponTrial.NotFound($"There is no order {number.ToUpperInvariant()}.");

        var ancestry = await CategoryAncestry.LoadAsync(db, cancellationToken);
        var productIds = order.Items.Select(i => i.ProductId).Distinct().ToList();
        var categories = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.CategoryId, cancellationToken);
        var lines = order.Items.OrderBy(i => i.Id).Select(i => new PricingLine(i.VariantId, i.ProductId,
            categories.TryGetValue(i.ProductId, out var category) ? ancestry.SelfAndAncestors(category) : [],
            i.ProductName, i.Quantity, new Money(i.UnitPrice, i.Currency), 0, false)).ToList();

        // Uses as they stood when the order was placed, leaving out this order's own redemption.
        var earlier = db.CouponRedemptions.Where(r => r.CouponId == coupon.Id && r.Status != RedemptionStatus.Released
            && r.OrderId != order.Id && r.RedeemedAt < order.PlacedAt);
        var byShopper = await earlier.CountAsync(r => r.Email == order.Email || (order.CustomerId != null && r.CustomerId == order.CustomerId), cancellationToken);
        var usage = new CouponUsage(byShopper, await earlier.CountAsync(cancellationToken));

        var request = new PricingRequest(order.Currency, lines, coupon, usage, null, null, [], order.PlacedAt);
        return Evaluated($"Order {order.Number} by {order.Email}", order.CouponCode, request);
    }

    private async Task<CouponTrial> OnCartAsync(CommerceDbContext db, Coupon coupon, string email, CancellationToken cancellationToken)
    {
        string normalized;
        try { normalized = Core.Customers.Customer.NormalizeEmail(email); }
        catch (DomainException) { return new CouponTrial.NotFound($"{email} is not an email address."); }

        var now = clock.GetUtcNow();
        var customerId = await db.Customers.Where(c => c.Email == normalized).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        var cart = customerId is null ? null
            : await db.Carts.AsNoTracking().Where(c => c.CustomerId == customerId).OrderByDescending(c => c.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        cart ??= await db.Carts.AsNoTracking().Where(c => c.CustomerId == null && c.Email == normalized && c.ExpiresAt > now)
            .OrderByDescending(c => c.UpdatedAt).FirstOrDefaultAsync(cancellationToken);
        if (cart is null) return new CouponTrial.NotFound($"{normalized} has no current cart.");

        var request = await cartPricing.RequestWithCouponAsync(db, cart, coupon, cancellationToken);
        var owner = cart.CustomerId is null ? "guest" : "customer";
        return Evaluated($"Current cart of {normalized} ({owner})", cart.CouponCode, request);
    }

    private static CouponTrial.Evaluated Evaluated(string subject, string? enteredCode, PricingRequest request)
    {
        var coupon = request.Coupon!;
        var lines = request.Lines.Select(l => new CouponTrialLine(l.Name, l.Quantity, l.Subtotal, CouponScope.Covers(coupon, l))).ToList();
        var subtotal = Money.Sum(request.Lines.Select(l => l.Subtotal), request.Currency);
        return new CouponTrial.Evaluated(subject, request.Now, enteredCode, lines, subtotal,
            request.CouponUsage.TimesUsedByThisCustomer, CouponEvaluator.Evaluate(request)!);
    }
}
