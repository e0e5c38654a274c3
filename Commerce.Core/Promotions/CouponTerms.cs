namespace Commerce.Core.Promotions;

/// <summary>A problem with one field of <see cref="CouponTerms"/>; <see cref="Field"/> is the property's name.</summary>
public sealed record CouponTermProblem(string Field, string Message);

/// <summary>
/// Every rule of a coupon an administrator can set, checked as a whole so a form can show each problem next to its
/// field. <see cref="Coupon.Apply"/> refuses terms with any problem, so a coupon never holds half an edit.
/// </summary>
public sealed record CouponTerms(
    string Code,
    CouponType Type,
    decimal Value,
    string? Description = null,
    decimal? MinimumOrder = null,
    decimal? MaximumDiscount = null,
    IReadOnlyCollection<int>? ProductIds = null,
    IReadOnlyCollection<int>? CategoryIds = null,
    IReadOnlyCollection<int>? ExcludedProductIds = null,
    IReadOnlyCollection<int>? ExcludedCategoryIds = null,
    int? UsageLimit = null,
    int? PerCustomerLimit = null,
    DateTimeOffset? StartsAt = null,
    DateTimeOffset? EndsAt = null,
    bool IsActive = true)
{
    public const int MaxCodeLength = 50;
    public const int MaxDescriptionLength = 500;

    /// <param name="timesUsed">Uses already taken, so the total limit cannot be set below them.</param>
    public IReadOnlyList<CouponTermProblem> Problems(int timesUsed = 0)
    {
        var problems = new List<CouponTermProblem>();
        void Add(string field, string message) => problems.Add(new(field, message));

        var code = Code?.Trim() ?? "";
        if (code.Length == 0) Add(nameof(Code), "Enter a code.");
        else if (code.Length > MaxCodeLength) Add(nameof(Code), $"A code can have at most {MaxCodeLength} characters.");
        else if (!code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            Add(nameof(Code), "Use only letters, digits, dashes and underscores, so shoppers can type it.");

        if (Description?.Trim().Length > MaxDescriptionLength) Add(nameof(Description), $"At most {MaxDescriptionLength} characters.");
        if (Type == CouponType.Percentage && Value is <= 0 or > 100) Add(nameof(Value), "A percentage must be more than 0 and at most 100.");
        if (Type == CouponType.FixedAmount && Value <= 0) Add(nameof(Value), "A fixed discount must be more than 0.");
        if (MinimumOrder < 0) Add(nameof(MinimumOrder), "A minimum order cannot be negative.");
        if (MaximumDiscount <= 0 && Type != CouponType.FreeShipping) Add(nameof(MaximumDiscount), "A maximum discount must be more than 0.");

        if (Overlap(ProductIds, ExcludedProductIds)) Add(nameof(ExcludedProductIds), "A product cannot be both included and excluded.");
        if (Overlap(CategoryIds, ExcludedCategoryIds)) Add(nameof(ExcludedCategoryIds), "A category cannot be both included and excluded.");

        if (UsageLimit <= 0) Add(nameof(UsageLimit), "A usage limit must be at least 1.");
        else if (UsageLimit < timesUsed) Add(nameof(UsageLimit), $"This coupon has already been used {timesUsed} times; the limit cannot be lower.");
        if (PerCustomerLimit <= 0) Add(nameof(PerCustomerLimit), "A per-customer limit must be at least 1.");
        else if (PerCustomerLimit > UsageLimit) Add(nameof(PerCustomerLimit), "The per-customer limit cannot be more than the total limit.");

        if (StartsAt is { } start && EndsAt is { } end && end <= start) Add(nameof(EndsAt), "The end must be after the start.");
        return problems;
    }

    private static bool Overlap(IReadOnlyCollection<int>? included, IReadOnlyCollection<int>? excluded) =>
        included is not null && excluded is not null && included.Intersect(excluded).Any();
}
