using Commerce.Core.Promotions;

namespace Commerce.Web.Admin.Coupons;

public sealed record CouponRow(int Id, string Code, CouponType Type, decimal Value, string Currency, bool IsActive,
    DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, int TimesUsed, int? UsageLimit);

public sealed record CouponList(IReadOnlyList<CouponRow> Rows, int Total);

/// <summary>A product or category to pick for a coupon's scope.</summary>
public sealed record ScopeOption(int Id, string Name);

/// <summary>A coupon as its edit page needs it: its terms, plus the names of the products its scope lists.</summary>
public sealed record CouponDetails(int Id, CouponTerms Terms, string Currency, int TimesUsed, IReadOnlyList<ScopeOption> ScopedProducts);

public sealed record RedemptionRow(string OrderNumber, string Email, decimal Amount, string Currency, RedemptionStatus Status, DateTimeOffset RedeemedAt);

/// <summary>The latest redemptions and how many there are of each status.</summary>
public sealed record CouponRedemptions(IReadOnlyList<RedemptionRow> Latest, int Confirmed, int Reserved, int Released);

/// <summary>Saving a coupon: saved with its id, or refused with a message per field (and nothing changed).</summary>
public abstract record CouponSaveResult
{
    public sealed record Saved(int Id) : CouponSaveResult;
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : CouponSaveResult;
}

/// <summary>A coupon's use: <see cref="TimesUsed"/> holds every order that took it (paid or awaiting payment); the rest are paid orders.</summary>
public sealed record CouponStats(int TimesUsed, Commerce.Infrastructure.Reporting.CouponSales Sales, string Currency, Commerce.Core.Reporting.DayRange Range);

/// <summary>Removing a coupon: deleted when never used, otherwise deactivated.</summary>
public abstract record CouponRemoval
{
    public sealed record Deleted : CouponRemoval;
    public sealed record Deactivated(int TimesUsed) : CouponRemoval;
    public sealed record NotFound : CouponRemoval;
}
