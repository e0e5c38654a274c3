using Commerce.Core.Promotions;
using Commerce.Web.Admin.Coupons;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Admin.Coupons;

public sealed class CouponSaving(CouponStore store) : IClassFixture<CouponStore>
{
    [Fact]
    public async Task CreatesACouponWithEveryRule()
    {
        var category = await store.AddCategoryAsync("Kitchen");
        var (product, _) = await store.AddProductAsync("Chef Knife", 90m, category);
        var code = store.Unique("chef");
        var starts = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        var terms = new CouponTerms(code, CouponType.Percentage, 15m, "Kitchen week", 50m, 20m, [product], [category], null, null, 100, 2,
            starts, starts.AddDays(7), IsActive: false);

        var saved = Assert.IsType<CouponSaveResult.Saved>(await store.Coupons.SaveAsync(null, terms));

        var details = await store.Coupons.GetAsync(saved.Id);
        Assert.NotNull(details);
        Assert.Equal((code.ToUpperInvariant(), "USD", "Chef Knife"), (details.Terms.Code, details.Currency, Assert.Single(details.ScopedProducts).Name));
        Assert.Equivalent(terms with { Code = code.ToUpperInvariant(), ExcludedProductIds = [], ExcludedCategoryIds = [] }, details.Terms);
    }

    [Fact]
    public async Task InvalidInputNamesEachFieldAndChangesNothing()
    {
        var original = await store.AddCouponAsync(new CouponTerms(store.Unique("KEEP"), CouponType.FixedAmount, 10m, MinimumOrder: 30m, UsageLimit: 5));
        var starts = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

        var result = await store.Coupons.SaveAsync(original.Id, new CouponTerms("RENAMED", CouponType.Percentage, 150m, MinimumOrder: 0m,
            UsageLimit: 5, PerCustomerLimit: 6, StartsAt: starts, EndsAt: starts.AddDays(-1)));

        var errors = Assert.IsType<CouponSaveResult.Invalid>(result).Errors;
        Assert.Equal(["EndsAt", "PerCustomerLimit", "Value"], errors.Keys.Order());
        Assert.Equal("A percentage must be more than 0 and at most 100.", errors["Value"]);
        await using var db = store.NewContext();
        var unchanged = await db.Coupons.AsNoTracking().SingleAsync(c => c.Id == original.Id);
        Assert.Equal((original.Code, CouponType.FixedAmount, 10m, 30m, (int?)null, (DateTimeOffset?)null),
            (unchanged.Code, unchanged.Type, unchanged.Value, unchanged.MinimumOrder, unchanged.PerCustomerLimit, unchanged.EndsAt));
        Assert.False(await db.Coupons.AnyAsync(c => c.Code == "RENAMED"));
    }

    [Fact]
    public async Task ADuplicateCodeIsRefusedWhateverItsCase()
    {
        var code = store.Unique("SPRING");
        var existing = await store.AddCouponAsync(new CouponTerms(code, CouponType.Percentage, 10m));
        var other = await store.AddCouponAsync(new CouponTerms(store.Unique("AUTUMN"), CouponType.Percentage, 10m));

        var created = await store.Coupons.SaveAsync(null, new CouponTerms($" {code.ToLowerInvariant()} ", CouponType.FixedAmount, 5m));
        var renamed = await store.Coupons.SaveAsync(other.Id, new CouponTerms(code.ToLowerInvariant(), CouponType.Percentage, 10m));
        var kept = await store.Coupons.SaveAsync(existing.Id, new CouponTerms(code.ToLowerInvariant(), CouponType.Percentage, 12m));

        Assert.Equal($"Another coupon already uses the code {code}.", Assert.IsType<CouponSaveResult.Invalid>(created).Errors["Code"]);
        Assert.Equal($"Another coupon already uses the code {code}.", Assert.IsType<CouponSaveResult.Invalid>(renamed).Errors["Code"]);
        Assert.IsType<CouponSaveResult.Saved>(kept);
        await using var db = store.NewContext();
        Assert.Equal(1, await db.Coupons.CountAsync(c => c.Code == code));
        Assert.Equal(other.Code, await db.Coupons.Where(c => c.Id == other.Id).Select(c => c.Code).SingleAsync());
    }

    [Fact]
    public async Task TheLimitCannotDropBelowTheUsesAlreadyTaken()
    {
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("POPULAR"), CouponType.Percentage, 10m, UsageLimit: 10), timesUsed: 4);

        var result = await store.Coupons.SaveAsync(coupon.Id, new CouponTerms(coupon.Code, CouponType.Percentage, 10m, UsageLimit: 3));

        Assert.Equal("This coupon has already been used 4 times; the limit cannot be lower.", Assert.IsType<CouponSaveResult.Invalid>(result).Errors["UsageLimit"]);
    }

    [Fact]
    public async Task TheListFindsCouponsByPartOfTheirCodeInAnyCase()
    {
        var code = store.Unique("ZEBRA");
        await store.AddCouponAsync(new CouponTerms(code, CouponType.FreeShipping, 0m, UsageLimit: 3), timesUsed: 2);

        var list = await store.Coupons.ListAsync("ebra", 0, 25);

        var row = Assert.Single(list.Rows, r => r.Code == code);
        Assert.Equal((CouponType.FreeShipping, 2, (int?)3), (row.Type, row.TimesUsed, row.UsageLimit));
        Assert.All(list.Rows, r => Assert.Contains("EBRA", r.Code));
    }
}
