using Commerce.Core.Promotions;
using Commerce.Infrastructure.Promotions;
using Commerce.Web.Admin.Coupons;

namespace Commerce.Web.Tests.Admin.Coupons;

/// <summary>"Why was this not applied?": the admin gets the shopper's own message for an order or a cart.</summary>
public sealed class CouponWhyNotApplied(CouponStore store) : IClassFixture<CouponStore>
{
    private static readonly DateTimeOffset November20 = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AnOrderPlacedAfterTheEndDateWasRejectedAsExpired()
    {
        var (tee, order) = await OrderOfTeeAsync(placedAt: CouponStore.Now);
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("ENDED"), CouponType.Percentage, 10m, EndsAt: November20));

        var trial = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, order.Number.ToLowerInvariant()));

        Assert.Equal($"Order {order.Number} by {order.Email}", trial.Subject);
        Assert.Equal(CouponStore.Now, trial.At);
        var rejected = Assert.IsType<CouponCheck.Rejected>(trial.Check);
        Assert.Equal(CouponRejectionReason.Expired, rejected.Reason);
        Assert.Equal("This coupon expired on November 20, 2026.", rejected.Message);
        Assert.Equal(tee, Assert.Single(trial.Lines).Name);
    }

    [Fact]
    public async Task AnOrderIsJudgedOnTheDateItWasPlaced()
    {
        var (_, order) = await OrderOfTeeAsync(placedAt: November20.AddDays(-1));
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("ENDED"), CouponType.Percentage, 10m, EndsAt: November20));

        var trial = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, order.Number));

        Assert.Equal("This coupon applies: discount $4.00.", WhyNotAppliedPanel.Verdict(trial.Check));
    }

    [Fact]
    public async Task ACartShortOfTheMinimumSaysByHowMuch()
    {
        var category = await store.AddCategoryAsync("Bags");
        var (product, variant) = await store.AddProductAsync("Canvas Tote", 30m, category);
        var email = $"{store.Unique("short")}@shoppers.test";
        await store.AddCartAsync(email, asCustomer: false, (variant, 2, 30m));
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("BIGSPEND"), CouponType.FixedAmount, 15m, MinimumOrder: 100m));

        var trial = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, email.ToUpperInvariant()));

        Assert.Equal($"Current cart of {email} (guest)", trial.Subject);
        Assert.Equal("Add $40.00 more to use this coupon.", Assert.IsType<CouponCheck.Rejected>(trial.Check).Message);
        Assert.Equal(60m, trial.Subtotal.Amount);
    }

    [Fact]
    public async Task ACustomersCartIsFoundByTheirAccountEmail()
    {
        var category = await store.AddCategoryAsync("Shoes");
        var (_, variant) = await store.AddProductAsync("Trail Runner", 80m, category);
        var email = $"{store.Unique("member")}@shoppers.test";
        await store.AddCartAsync(email, asCustomer: true, (variant, 1, 80m));
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("TENPC"), CouponType.Percentage, 10m, MaximumDiscount: 5m));

        var trial = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, email));

        Assert.Equal($"Current cart of {email} (customer)", trial.Subject);
        Assert.Equal("This coupon applies: discount $5.00.", WhyNotAppliedPanel.Verdict(trial.Check));
    }

    [Fact]
    public async Task AShopperWhoUsedItBeforeHasReachedTheirLimit()
    {
        var (_, earlier) = await OrderOfTeeAsync(placedAt: November20);
        var category = await store.AddCategoryAsync("Hats");
        var (_, variant) = await store.AddProductAsync("Wool Beanie", 25m, category);
        await store.AddCartAsync(earlier.Email, asCustomer: false, (variant, 1, 25m));
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("ONCE"), CouponType.Percentage, 10m, PerCustomerLimit: 1));
        await store.RedeemAsync(coupon.Id, earlier, 4m);

        var trial = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, earlier.Email));

        var rejected = Assert.IsType<CouponCheck.Rejected>(trial.Check);
        Assert.Equal(("You have already used this coupon.", 1), (rejected.Message, trial.TimesUsedByShopper));
    }

    [Fact]
    public async Task ACouponUsedUpSaysItsLimitIsReachedButNotForOrdersPlacedBefore()
    {
        var (_, before) = await OrderOfTeeAsync(placedAt: November20);
        var (_, usedIt) = await OrderOfTeeAsync(placedAt: November20.AddDays(1));
        var (_, after) = await OrderOfTeeAsync(placedAt: November20.AddDays(2));
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("FIRSTONLY"), CouponType.Percentage, 10m, UsageLimit: 1), timesUsed: 1);
        await store.RedeemAsync(coupon.Id, usedIt, 4m);

        var late = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, after.Number));
        var early = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, before.Number));
        var own = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, usedIt.Number));

        Assert.Equal("This coupon has reached its usage limit.", Assert.IsType<CouponCheck.Rejected>(late.Check).Message);
        Assert.True(early.Check.IsApplied);
        Assert.True(own.Check.IsApplied);
    }

    [Fact]
    public async Task ItemsOutsideTheScopeAreNamed()
    {
        var clothing = await store.AddCategoryAsync("Clothing");
        var shirts = await store.AddCategoryAsync("Shirts", clothing);
        var bags = await store.AddCategoryAsync("Bags");
        var (toteId, tote) = await store.AddProductAsync("Canvas Tote", 30m, bags);
        var (shirtId, shirt) = await store.AddProductAsync("Linen Shirt", 45m, shirts);
        var order = await store.AddOrderAsync($"{store.Unique("scope")}@shoppers.test", CouponStore.Now,
            ("Canvas Tote", toteId, tote, 1, 30m), ("Linen Shirt", shirtId, shirt, 1, 45m));
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("SHOES"), CouponType.Percentage, 10m,
            CategoryIds: [await store.AddCategoryAsync("Shoes")], ExcludedProductIds: [shirtId]));
        var clothingOnly = await store.AddCouponAsync(new CouponTerms(store.Unique("CLOTHES"), CouponType.Percentage, 10m, CategoryIds: [clothing]));

        var trial = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(coupon.Id, order.Number));
        var covered = Assert.IsType<CouponTrial.Evaluated>(await store.Coupons.WhyAsync(clothingOnly.Id, order.Number));

        var rejected = Assert.IsType<CouponCheck.Rejected>(trial.Check);
        Assert.Equal(CouponRejectionReason.NotApplicableToItems, rejected.Reason);
        Assert.Equal("This coupon doesn't apply to Canvas Tote, Linen Shirt.", rejected.Message);
        Assert.Equal("This coupon applies: discount $4.50.", WhyNotAppliedPanel.Verdict(covered.Check));
        Assert.Equal([false, true], covered.Lines.Select(l => l.Covered));
    }

    [Theory]
    [InlineData("ORD-20991231-9999", "There is no order ORD-20991231-9999.")]
    [InlineData("nobody@shoppers.test", "nobody@shoppers.test has no current cart.")]
    [InlineData("  ", "Enter an order number or a shopper's email.")]
    public async Task SaysWhenThereIsNothingToTryItOn(string input, string message)
    {
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("NOTHING"), CouponType.Percentage, 10m));

        Assert.Equal(message, Assert.IsType<CouponTrial.NotFound>(await store.Coupons.WhyAsync(coupon.Id, input)).Message);
    }

    private async Task<(string Name, Commerce.Core.Ordering.Order Order)> OrderOfTeeAsync(DateTimeOffset placedAt)
    {
        var category = await store.AddCategoryAsync("Tees");
        var (productId, variantId) = await store.AddProductAsync("Organic Tee", 20m, category);
        var order = await store.AddOrderAsync($"{store.Unique("tee")}@shoppers.test", placedAt, ("Organic Tee", productId, variantId, 2, 20m));
        return ("Organic Tee", order);
    }
}
