using Commerce.Core.Promotions;
using Commerce.Core.Pricing;

namespace Commerce.Core.Promotions;

/// <summary>Which lines a coupon covers: its products and categories (none listed means everything), minus exclusions.</summary>
public static class CouponScope
{
    public static bool Covers(Coupon coupon, PricingLine line)
    {
        // Exclusions always win, even over a product that is explicitly included.
        if (coupon.ExcludedProductIds.Contains(line.ProductId)) return false;
        if (line.CategoryIds.Any(coupon.ExcludedCategoryIds.Contains)) return false;

        var hasInclusions = coupon.ApplicableProductIds.Count > 0 || coupon.ApplicableCategoryIds.Count > 0;
        return !hasInclusions
            || coupon.ApplicableProductIds.Contains(line.ProductId)
            || line.CategoryIds.Any(coupon.ApplicableCategoryIds.Contains);
    }
}
