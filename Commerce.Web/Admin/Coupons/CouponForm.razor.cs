using Commerce.Core.Promotions;
using Microsoft.AspNetCore.Components;

namespace Commerce.Web.Admin.Coupons;

/// <summary>Every rule of a coupon in one form. Validation is the domain's (<see cref="CouponTerms.Problems"/>), shown per field.</summary>
public partial class CouponForm
{
    /// <summary>The values being edited; the page turns them into <see cref="CouponTerms"/> to save.</summary>
    [Parameter, EditorRequired] public InputModel Model { get; set; } = new();

    /// <summary>Messages by <see cref="CouponTerms"/> property name, from the last refused save.</summary>
    [Parameter] public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();

    [Parameter] public IReadOnlyList<ScopeOption> Categories { get; set; } = [];
    [Parameter] public string Currency { get; set; } = "USD";
    [Parameter] public string SubmitText { get; set; } = "Save";
    [Parameter] public bool Saving { get; set; }
    [Parameter] public EventCallback OnSubmit { get; set; }

    private bool Has(string field) => Errors.ContainsKey(field);
    private string? ErrorFor(string field) => Errors.GetValueOrDefault(field);
    private string CategoryName(int id) => Categories.FirstOrDefault(c => c.Id == id)?.Name ?? $"#{id}";

    public sealed class InputModel
    {
        public string Code { get; set; } = "";
        public string? Description { get; set; }
        public CouponType Type { get; set; } = CouponType.Percentage;
        public decimal? Value { get; set; }
        public decimal? MinimumOrder { get; set; }
        public decimal? MaximumDiscount { get; set; }
        public List<ScopeOption> Products { get; set; } = [];
        public IReadOnlyCollection<int> CategoryIds { get; set; } = [];
        public List<ScopeOption> ExcludedProducts { get; set; } = [];
        public IReadOnlyCollection<int> ExcludedCategoryIds { get; set; } = [];
        public int? UsageLimit { get; set; }
        public int? PerCustomerLimit { get; set; }
        /// <summary>UTC, like every date in the back office until the store has a time zone.</summary>
        public DateTime? StartsAt { get; set; }
        public DateTime? EndsAt { get; set; }
        public bool IsActive { get; set; } = true;

        public CouponTerms ToTerms() => new(Code, Type, Type == CouponType.FreeShipping ? 0 : Value ?? 0, Description, MinimumOrder,
            MaximumDiscount, Products.Select(p => p.Id).ToList(), CategoryIds.ToList(), ExcludedProducts.Select(p => p.Id).ToList(),
            ExcludedCategoryIds.ToList(), UsageLimit, PerCustomerLimit, Utc(StartsAt), Utc(EndsAt), IsActive);

        public static InputModel From(CouponDetails details)
        {
            var t = details.Terms;
            var names = details.ScopedProducts.ToDictionary(p => p.Id);
            List<ScopeOption> Named(IEnumerable<int>? ids) => (ids ?? []).Select(id => names.GetValueOrDefault(id) ?? new ScopeOption(id, $"#{id}")).ToList();
            return new InputModel
            {
                Code = t.Code, Description = t.Description, Type = t.Type, Value = t.Type == CouponType.FreeShipping ? null : t.Value,
                MinimumOrder = t.MinimumOrder, MaximumDiscount = t.MaximumDiscount,
                Products = Named(t.ProductIds), CategoryIds = t.CategoryIds?.ToList() ?? [],
                ExcludedProducts = Named(t.ExcludedProductIds), ExcludedCategoryIds = t.ExcludedCategoryIds?.ToList() ?? [],
                UsageLimit = t.UsageLimit, PerCustomerLimit = t.PerCustomerLimit,
                StartsAt = t.StartsAt?.UtcDateTime, EndsAt = t.EndsAt?.UtcDateTime, IsActive = t.IsActive,
            };
        }

        private static DateTimeOffset? Utc(DateTime? at) =>
            at is { } value ? new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), TimeSpan.Zero) : null;
    }
}
