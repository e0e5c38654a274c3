using Bunit;
using Commerce.Web.Storefront.Cart;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Web.Tests.Components.Cart.CartStore;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Tests.Components.Cart;

/// <summary>
/// The coupon field on the cart page. A code is applied by a form post that redirects back (its outcome comes as the
/// flash message); a coupon kept on the cart that no longer applies says why in the coupon field itself.
/// </summary>
public sealed class CartPageCoupons(CartStore store) : IClassFixture<CartStore>
{
    private const string Loaded = "#order-totals";

    [Fact]
    public async Task ValidCouponShowsAsAppliedWithADiscountRow()
    {
        var cart = await FiftyDollarCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token);
        var change = await bunit.Services.GetRequiredService<CartService>().ApplyCouponAsync("save10");
        Assert.Equal(new CartChange(true, "Coupon SAVE10 applied."), change);
        bunit.CarryFlash(change);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Equal("Coupon SAVE10 applied.", page.Text("#flash[role=status]"));
        Assert.Equal("Coupon SAVE10 applied", page.Find(".coupon-applied").Squashed());
        Assert.Equal("Discount (SAVE10)", page.Text("tr.discount th"));
        Assert.Equal("−$5.00", page.Text("td[data-total=discount]"));
        Assert.Equal("$45.00", page.Text("td[data-total=total]"));
        Assert.NotNull(page.Find(".coupon-form form[action='/cart/coupon/remove']"));
        Assert.Empty(page.FindAll("#coupon-code"));
        Assert.Empty(page.FindAll("#coupon-error"));
    }

    [Theory]
    [InlineData("nope", "We don't recognise the coupon code NOPE.")]
    [InlineData("winter20", "This coupon expired on March 1, 2020.")]
    public async Task RejectedCodeIsExplainedAndNothingIsDiscounted(string code, string message)
    {
        var cart = await FiftyDollarCartAsync();
        await using var bunit = ShopperVisit.Create(store, cart.Token);
        var change = await bunit.Services.GetRequiredService<CartService>().ApplyCouponAsync(code);
        Assert.Equal(new CartChange(false, message), change);
        bunit.CarryFlash(change);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Equal(message, page.Text("#flash[role=alert]"));
        Assert.Empty(page.FindAll("tr.discount"));
        Assert.Equal("$50.00", page.Text("td[data-total=total]"));
        Assert.NotNull(page.Find(".coupon-form form[action='/cart/coupon'] input#coupon-code[name=code]"));
        Assert.Null((await store.CartAsync(cart.Id)).CouponCode);
    }

    [Fact]
    public async Task KeptCouponThatNoLongerAppliesShowsItsRejectionInTheCouponField()
    {
        var tee = await store.AddProductAsync("Organic Tee", 20m, stock: 10);
        var cart = await store.AddCartAsync(c =>
        {
            c.AddItem(tee, 1, Usd(20m), DateTimeOffset.UtcNow);
            c.ApplyCoupon(Save10);
        });
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        var error = page.Find(".coupon-form #coupon-error");
        Assert.Equal("Add $10.00 more to use this coupon.", error.TextContent);
        Assert.Equal("alert", error.GetAttribute("role"));
        Assert.NotNull(page.Find(".coupon-form input#coupon-code"));
        Assert.Empty(page.FindAll(".coupon-applied"));
        Assert.Empty(page.FindAll("tr.discount"));
        Assert.Equal("$20.00", page.Text("td[data-total=total]"));
    }

    /// <summary>Two tees at $25.00, no destination yet: $50.00 before any discount, shipping and tax to come.</summary>
    private async Task<CartEntity> FiftyDollarCartAsync()
    {
        var tee = await store.AddProductAsync("Organic Tee", 25m, stock: 10);
        return await store.AddCartAsync(c => c.AddItem(tee, 2, Usd(25m), DateTimeOffset.UtcNow));
    }
}
