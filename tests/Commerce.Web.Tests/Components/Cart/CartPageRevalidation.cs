using Bunit;
using Commerce.Web.Storefront.Cart;
using static Commerce.Web.Tests.Components.Cart.CartStore;

namespace Commerce.Web.Tests.Components.Cart;

/// <summary>The cart page checks every line against the catalog as it is now: prices, stock and availability.</summary>
public sealed class CartPageRevalidation(CartStore store) : IClassFixture<CartStore>
{
    private const string Loaded = "#order-totals";

    [Fact]
    public async Task PriceChangedSinceAddingIsPointedOutAndTheNewPriceIsUsed()
    {
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        var cart = await store.AddCartAsync(c => c.AddItem(tee, 2, Usd(15m), DateTimeOffset.UtcNow));
        await store.RepriceAsync(tee, 18m);
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        var notice = page.Find("p[data-issue=PriceChanged]");
        Assert.Equal("The price of Organic Tee changed from $15.00 to $18.00.", notice.TextContent);
        Assert.Contains("notice-info", notice.ClassList);
        Assert.Equal("$18.00 each", page.Text(".cart-line-price"));
        Assert.Equal("$36.00", page.Text(".cart-line-total"));
        Assert.Equal("$36.00", page.Text("td[data-total=subtotal]"));
        Assert.NotNull(page.Find("a#checkout"));
        Assert.Equal(18m, Assert.Single((await store.CartAsync(cart.Id)).Items).UnitPrice);
    }

    [Fact]
    public async Task PriceChangeIsPointedOutOnlyOnce()
    {
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        var cart = await store.AddCartAsync(c => c.AddItem(tee, 1, Usd(15m), DateTimeOffset.UtcNow));
        await store.RepriceAsync(tee, 12.5m);
        await using (var first = ShopperVisit.Create(store, cart.Token))
            Assert.NotEmpty((await first.RenderLoadedAsync<CartPage>(Loaded)).FindAll("p[data-issue=PriceChanged]"));

        await using var bunit = ShopperVisit.Create(store, cart.Token);
        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Empty(page.FindAll("p[data-issue]"));
        Assert.Equal("$12.50", page.Text(".cart-line-total"));
    }

    [Fact]
    public async Task QuantityAboveStockIsCappedWithAMessage()
    {
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        var cart = await store.AddCartAsync(c => c.AddItem(tee, 5, Usd(15m), DateTimeOffset.UtcNow));
        await store.SetStockAsync(tee, onHand: 3);
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Equal("Only 3 of Organic Tee left, so we've updated the quantity.", page.Text("p[data-issue=QuantityCapped]"));
        Assert.Equal("3", page.Find(".cart-line input[name=quantity]").GetAttribute("value"));
        Assert.Equal("$45.00", page.Text(".cart-line-total"));
        Assert.Equal("$45.00", page.Text("td[data-total=subtotal]"));
        Assert.Equal(3, Assert.Single((await store.CartAsync(cart.Id)).Items).Quantity);
    }

    [Fact]
    public async Task ItemNoLongerSoldIsFlaggedAndCheckoutIsBlocked()
    {
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        var mug = await store.AddProductAsync("Stoneware Mug", 20m, stock: 10, colour: "Blue");
        var cart = await store.AddCartAsync(c =>
        {
            c.AddItem(tee, 2, Usd(15m), DateTimeOffset.UtcNow);
            c.AddItem(mug, 1, Usd(20m), DateTimeOffset.UtcNow.AddSeconds(1));
        });
        await store.DeactivateAsync(mug);
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        var notice = page.Find("p[data-issue=NoLongerAvailable]");
        Assert.Equal("Stoneware Mug (Blue) is no longer available. Please remove it to continue.", notice.TextContent);
        Assert.Contains("notice-error", notice.ClassList);
        AssertCheckoutBlocked(page);
        Assert.Equal("$30.00", page.Text("td[data-total=subtotal]"));
        Assert.Contains("cart-line-blocked", page.Find($"li.cart-line[data-variant='{mug}']").ClassList);
        Assert.DoesNotContain("cart-line-blocked", page.Find($"li.cart-line[data-variant='{tee}']").ClassList);
    }

    [Fact]
    public async Task SoldOutItemIsFlaggedAndCheckoutIsBlocked()
    {
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        var cart = await store.AddCartAsync(c => c.AddItem(tee, 2, Usd(15m), DateTimeOffset.UtcNow));
        await store.SetStockAsync(tee, onHand: 0);
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Equal("Organic Tee has sold out. Please remove it to continue.", page.Text("p[data-issue=SoldOut]"));
        AssertCheckoutBlocked(page);
    }

    private static void AssertCheckoutBlocked(IRenderedComponent<CartPage> page)
    {
        Assert.Empty(page.FindAll("a#checkout"));
        Assert.Empty(page.FindAll("a[href='/checkout']"));
        var button = page.Find(".cart-summary button.btn-primary");
        Assert.Equal("Checkout", button.TextContent.Trim());
        Assert.True(button.HasAttribute("disabled"));
        Assert.Equal("Please fix the items above to continue.", page.Text(".cart-summary .field-error"));
    }
}
