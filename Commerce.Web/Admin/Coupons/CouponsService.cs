using Commerce.Core.Promotions;
using Commerce.Core.Reporting;
using Commerce.Infrastructure.Reporting;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Commerce.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Commerce.Web.Admin.Coupons;

/// <summary>The admin's coupons: list, create and edit by the domain's own rules, redemptions, and "why was this not applied".</summary>
public sealed class CouponsService(IDbContextFactory<CommerceDbContext> contexts, CouponDiagnosis diagnosis, IOptions<StoreSettings> store, TimeProvider clock)
{
    public async Task<CouponList> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var coupons = db.Coupons.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var code = search.Trim().ToUpperInvariant();
            coupons = coupons.Where(c => c.Code.Contains(code));
        }
        var total = await coupons.CountAsync(cancellationToken);
        var rows = await coupons.OrderBy(c => c.Code).Skip(page * pageSize).Take(pageSize)
            .Select(c => new CouponRow(c.Id, c.Code, c.Type, c.Value, c.Currency, c.IsActive, c.StartsAt, c.EndsAt, c.TimesUsed, c.UsageLimit))
            .ToListAsync(cancellationToken);
        return new CouponList(rows, total);
    }

    public async Task<CouponDetails?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (c is null) return null;
        var productIds = c.ApplicableProductIds.Concat(c.ExcludedProductIds).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => productIds.Contains(p.Id))
            .Select(p => new ScopeOption(p.Id, p.Name)).ToListAsync(cancellationToken);
        var terms = new CouponTerms(c.Code, c.Type, c.Value, c.Description, c.MinimumOrder, c.MaximumDiscount, c.ApplicableProductIds,
            c.ApplicableCategoryIds, c.ExcludedProductIds, c.ExcludedCategoryIds, c.UsageLimit, c.PerCustomerLimit, c.StartsAt, c.EndsAt, c.IsActive);
        return new CouponDetails(c.Id, terms, c.Currency, c.TimesUsed, products);
    }

    /// <summary>Creates (no <paramref name="id"/>) or updates a coupon. Any problem refuses the whole save.</summary>
    public async Task<CouponSaveResult> SaveAsync(int? id, CouponTerms terms, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var coupon = id is { } existing ? await db.Coupons.SingleOrDefaultAsync(c => c.Id == existing, cancellationToken) : null;
        if (id is not null && coupon is null) return Invalid("Code", "This coupon no longer exists.");

        if (terms.Problems(coupon?.TimesUsed ?? 0) is { Count: > 0 } problems)
            return new CouponSaveResult.Invalid(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.First().Message));
        var code = Coupon.NormalizeCode(terms.Code);
        if (await db.Coupons.AnyAsync(c => c.Code == code && c.Id != (id ?? 0), cancellationToken)) return CodeTaken(code);

        if (coupon is null) db.Coupons.Add(coupon = Coupon.Create(terms, store.Value.Currency));
        else coupon.Apply(terms);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        // Two admins saving the same code at once: the unique index decides.
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return CodeTaken(code);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.CheckViolation })
        {
            return Invalid("UsageLimit", "The coupon was used again while you edited it; the limit is now below its uses. Reload and try again.");
        }
        return new CouponSaveResult.Saved(coupon.Id);
    }

    public async Task<CouponRedemptions> RedemptionsAsync(int couponId, int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var redemptions = db.CouponRedemptions.AsNoTracking().Where(r => r.CouponId == couponId);
        var latest = await redemptions.OrderByDescending(r => r.RedeemedAt).ThenByDescending(r => r.Id).Take(take)
            .Join(db.Orders, r => r.OrderId, o => o.Id, (r, o) => new RedemptionRow(o.Number, r.Email, r.Amount, r.Currency, r.Status, r.RedeemedAt))
            .ToListAsync(cancellationToken);
        var counts = await redemptions.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new CouponRedemptions(latest.OrderByDescending(r => r.RedeemedAt).ToList(),
            counts.GetValueOrDefault(RedemptionStatus.Confirmed), counts.GetValueOrDefault(RedemptionStatus.Reserved), counts.GetValueOrDefault(RedemptionStatus.Released));
    }

    /// <summary>Times used, and the paid orders, net revenue and discount since the coupon was created (as the coupons report counts them).</summary>
    public async Task<CouponStats?> StatsAsync(int couponId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var coupon = await db.Coupons.AsNoTracking().Where(c => c.Id == couponId).Select(c => new { c.TimesUsed, c.CreatedAt }).SingleOrDefaultAsync(cancellationToken);
        if (coupon is null) return null;
        var range = SinceCreated(coupon.CreatedAt);
        var sales = (await db.CouponSalesAsync(range, store.Value.Currency, couponId, cancellationToken)).SingleOrDefault()
            ?? new Infrastructure.Reporting.CouponSales(couponId, "", 0, 0, 0, 0);
        return new CouponStats(coupon.TimesUsed, sales, store.Value.Currency, range);
    }

    /// <summary>
    /// Deletes a coupon no order has ever used; one that has been used is deactivated instead, so its orders and
    /// redemptions keep pointing at it. One conditional statement decides, so a checkout using it meanwhile wins.
    /// </summary>
    public async Task<CouponRemoval> RemoveAsync(int couponId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Coupons.Where(c => c.Id == couponId && c.TimesUsed == 0 && !db.CouponRedemptions.Any(r => r.CouponId == c.Id))
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted == 1) return new CouponRemoval.Deleted();
        var coupon = await db.Coupons.SingleOrDefaultAsync(c => c.Id == couponId, cancellationToken);
        if (coupon is null) return new CouponRemoval.NotFound();
        coupon.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return new CouponRemoval.Deactivated(coupon.TimesUsed);
    }

    private DayRange SinceCreated(DateTimeOffset createdAt)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = DateOnly.FromDateTime(createdAt.UtcDateTime);
        return new DayRange(from < today.AddDays(1 - DayRange.MaxDays) ? today.AddDays(1 - DayRange.MaxDays) : from > today ? today : from, today);
    }

    /// <summary>Tries this coupon on an order (by number) or a shopper's current cart (by email), as the shopper would have.</summary>
    public async Task<CouponTrial> WhyAsync(int couponId, string orderNumberOrEmail, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var coupon = await db.Coupons.AsNoTracking().SingleOrDefaultAsync(c => c.Id == couponId, cancellationToken);
        if (coupon is null) return new CouponTrial.NotFound("This coupon no longer exists.");
        return await diagnosis.TryAsync(db, coupon, orderNumberOrEmail, cancellationToken);
    }

    public async Task<IReadOnlyList<ScopeOption>> SearchProductsAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pattern = $"%{text.Trim().Replace("%", "\\%").Replace("_", "\\_")}%";
        return await db.Products.AsNoTracking().Where(p => EF.Functions.ILike(p.Name, pattern) || EF.Functions.ILike(p.Sku, pattern))
            .OrderBy(p => p.Name).Take(20).Select(p => new ScopeOption(p.Id, p.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>Every category, named with its parents ("Clothing › T-Shirts") so same-named ones can be told apart.</summary>
    public async Task<IReadOnlyList<ScopeOption>> CategoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name }).ToDictionaryAsync(c => c.Id, cancellationToken);
        string Path(int id, int depth = 0) =>
            all[id].ParentId is { } parent && all.ContainsKey(parent) && depth < 10 ? $"{Path(parent, depth + 1)} › {all[id].Name}" : all[id].Name;
        return all.Keys.Select(id => new ScopeOption(id, Path(id))).OrderBy(o => o.Name).ToList();
    }

    private static CouponSaveResult.Invalid CodeTaken(string code) => Invalid("Code", $"Another coupon already uses the code {code}.");

    private static CouponSaveResult.Invalid Invalid(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}
