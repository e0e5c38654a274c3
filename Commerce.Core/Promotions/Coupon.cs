using Commerce.Core.Common;

namespace Commerce.Core.Promotions;

public class Coupon : IAuditable
{
    private Coupon() { }

    public Coupon(string code, CouponType type, decimal value, string currency)
    {
        Code = NormalizeCode(code);
        Type = type;
        Currency = Common.Currency.Normalize(currency);
        Value = DiscountValue(type, value);
        IsActive = true;
    }

    /// <summary>A coupon with all of <paramref name="terms"/>; throws on the first problem they have.</summary>
    public static Coupon Create(CouponTerms terms, string currency)
    {
        if (terms.Problems() is [var first, ..]) throw new DomainException(first.Message);
        var coupon = new Coupon(terms.Code, terms.Type, terms.Value, currency);
        coupon.Apply(terms);
        return coupon;
    }

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string? Description { get; private set; }
    public CouponType Type { get; private set; }
    public decimal Value { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal? MinimumOrder { get; private set; }
    public decimal? MaximumDiscount { get; private set; }
    public List<int> ApplicableProductIds { get; private set; } = [];
    public List<int> ApplicableCategoryIds { get; private set; } = [];
    public List<int> ExcludedProductIds { get; private set; } = [];
    public List<int> ExcludedCategoryIds { get; private set; } = [];
    public int? UsageLimit { get; private set; }
    public int? PerCustomerLimit { get; private set; }
    /// <summary>Redemptions reserved or confirmed; changed only by a conditional UPDATE so it never passes the limit.</summary>
    public int TimesUsed { get; private set; }
    public DateTimeOffset? StartsAt { get; private set; }
    public DateTimeOffset? EndsAt { get; private set; }
    public bool IsActive { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static string NormalizeCode(string code) => Guard.NotBlank(code, "Coupon code", 50).ToUpperInvariant();

    public void Describe(string? description) => Description = description;

    public void SetConditions(decimal? minimumOrder, decimal? maximumDiscount)
    {
        MinimumOrder = minimumOrder is { } min ? Guard.NotNegative(min, "Minimum order") : null;
        MaximumDiscount = maximumDiscount is { } max ? Guard.NotNegative(max, "Maximum discount") : null;
    }

    public void SetScope(IEnumerable<int>? products = null, IEnumerable<int>? categories = null,
        IEnumerable<int>? excludedProducts = null, IEnumerable<int>? excludedCategories = null)
    {
        ApplicableProductIds = products?.Distinct().ToList() ?? [];
        ApplicableCategoryIds = categories?.Distinct().ToList() ?? [];
        ExcludedProductIds = excludedProducts?.Distinct().ToList() ?? [];
        ExcludedCategoryIds = excludedCategories?.Distinct().ToList() ?? [];
    }

    public void SetLimits(int? usageLimit, int? perCustomerLimit)
    {
        if (usageLimit is <= 0 || perCustomerLimit is <= 0) throw new DomainException("Usage limits must be positive.");
        (UsageLimit, PerCustomerLimit) = (usageLimit, perCustomerLimit);
    }

    public void Schedule(DateTimeOffset? startsAt, DateTimeOffset? endsAt)
    {
        if (startsAt is { } s && endsAt is { } e && e <= s) throw new DomainException("A coupon must end after it starts.");
        (StartsAt, EndsAt) = (startsAt, endsAt);
    }

    /// <summary>Replaces every editable rule at once, or nothing: terms with any problem throw before a field changes.</summary>
    public void Apply(CouponTerms terms)
    {
        if (terms.Problems(TimesUsed) is [var first, ..]) throw new DomainException(first.Message);
        Code = NormalizeCode(terms.Code);
        Type = terms.Type;
        Value = DiscountValue(terms.Type, terms.Value);
        Describe(string.IsNullOrWhiteSpace(terms.Description) ? null : terms.Description.Trim());
        // A free-shipping coupon takes nothing off the items, so a cap on it would only mislead.
        SetConditions(terms.MinimumOrder, terms.Type == CouponType.FreeShipping ? null : terms.MaximumDiscount);
        SetScope(terms.ProductIds, terms.CategoryIds, terms.ExcludedProductIds, terms.ExcludedCategoryIds);
        SetLimits(terms.UsageLimit, terms.PerCustomerLimit);
        Schedule(terms.StartsAt, terms.EndsAt);
        IsActive = terms.IsActive;
    }

    public void Activate() => IsActive = true;
    public void Deactivate() => IsActive = false;

    private static decimal DiscountValue(CouponType type, decimal value) => type switch
    {
        CouponType.Percentage when value is <= 0 or > 100 => throw new DomainException("A percentage must be between 0 and 100."),
        CouponType.FixedAmount when value <= 0 => throw new DomainException("A fixed discount must be positive."),
        CouponType.FreeShipping => 0,
        _ => value,
    };
}
