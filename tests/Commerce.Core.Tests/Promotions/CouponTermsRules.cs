using Commerce.Core.Common;
using Commerce.Core.Promotions;

namespace Commerce.Core.Tests.Promotions;

public class CouponTermsRules
{
    private static readonly CouponTerms Valid = new("SPRING15", CouponType.Percentage, 15m, MinimumOrder: 50m, UsageLimit: 100, PerCustomerLimit: 1);

    private static Dictionary<string, string> ProblemsOf(CouponTerms terms, int timesUsed = 0) =>
        terms.Problems(timesUsed).ToDictionary(p => p.Field, p => p.Message);

    [Fact]
    public void ValidTermsHaveNoProblems() => Assert.Empty(Valid.Problems());

    [Fact]
    public void NamesTheFieldOfEachProblem()
    {
        var problems = ProblemsOf(Valid with
        {
            Code = "SPRING 15", Value = 120m, MinimumOrder = -1m, MaximumDiscount = 0m, UsageLimit = 0, PerCustomerLimit = 0,
            StartsAt = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), EndsAt = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero),
        });

        Assert.Equal(["Code", "Value", "MinimumOrder", "MaximumDiscount", "UsageLimit", "PerCustomerLimit", "EndsAt"], problems.Keys);
        Assert.Equal("A percentage must be more than 0 and at most 100.", problems["Value"]);
        Assert.Equal("The end must be after the start.", problems["EndsAt"]);
    }

    [Fact]
    public void RefusesAProductBothIncludedAndExcluded()
    {
        var problems = ProblemsOf(Valid with { ProductIds = [1, 2], ExcludedProductIds = [2], CategoryIds = [5], ExcludedCategoryIds = [6] });

        Assert.Equal("A product cannot be both included and excluded.", Assert.Single(problems).Value);
    }

    [Fact]
    public void RefusesAPerCustomerLimitAboveTheTotal()
    {
        Assert.Contains("PerCustomerLimit", ProblemsOf(Valid with { UsageLimit = 2, PerCustomerLimit = 3 }).Keys);
    }

    [Fact]
    public void RefusesATotalLimitBelowTheUsesAlreadyTaken()
    {
        Assert.Equal("This coupon has already been used 7 times; the limit cannot be lower.", ProblemsOf(Valid with { UsageLimit = 5 }, timesUsed: 7)["UsageLimit"]);
        Assert.Empty(ProblemsOf(Valid with { UsageLimit = 7 }, timesUsed: 7));
    }

    [Fact]
    public void ApplyChangesNothingWhenAnyTermIsWrong()
    {
        var coupon = Coupon.Create(Valid, "USD");

        Assert.Throws<DomainException>(() => coupon.Apply(Valid with { Code = "SUMMER", Value = 30m, EndsAt = DateTimeOffset.MinValue, StartsAt = DateTimeOffset.MaxValue }));

        Assert.Equal(("SPRING15", 15m, (DateTimeOffset?)null), (coupon.Code, coupon.Value, coupon.EndsAt));
    }

    [Fact]
    public void ApplySetsEveryRule()
    {
        var coupon = Coupon.Create(Valid, "USD");
        var ends = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

        coupon.Apply(new CouponTerms(" summer10 ", CouponType.FixedAmount, 10m, " Summer sale ", 40m, 10m, [1], [2], [3], [4], 50, 2, null, ends, IsActive: false));

        Assert.Equal(("SUMMER10", CouponType.FixedAmount, 10m, "Summer sale", 40m, 10m), (coupon.Code, coupon.Type, coupon.Value, coupon.Description, coupon.MinimumOrder, coupon.MaximumDiscount));
        Assert.Equal([[1], [2], [3], [4]], new[] { coupon.ApplicableProductIds, coupon.ApplicableCategoryIds, coupon.ExcludedProductIds, coupon.ExcludedCategoryIds });
        Assert.Equal((50, 2, ends, false), (coupon.UsageLimit, coupon.PerCustomerLimit, coupon.EndsAt, coupon.IsActive));
    }

    [Fact]
    public void FreeShippingKeepsNoValueOrCap()
    {
        var coupon = Coupon.Create(new CouponTerms("SHIP", CouponType.FreeShipping, 25m, MaximumDiscount: 5m), "USD");

        Assert.Equal((0m, (decimal?)null), (coupon.Value, coupon.MaximumDiscount));
    }
}
