using Bunit;
using Commerce.Web.Storefront.Cart;
using static Commerce.Web.Tests.Components.Cart.CartStore;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Tests.Components.Cart;

/// <summary>The cart page's lines and summary, priced by the real services from the database.</summary>
public sealed class CartPageTotals(CartStore store) : IClassFixture<CartStore>
{
    private const string Loaded = "#order-totals";

    [Fact]
    public async Task EachLineShowsItsPriceQuantityAndTotal()
    {
        var (tee, mug, token) = await TeeAndMugCartAsync();
        await using var bunit = ShopperVisit.Create(store, token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Equal([tee.ToString(), mug.ToString()], page.FindAll("li.cart-line").Select(l => l.GetAttribute("data-variant")));
        var teeLine = page.Find($"li.cart-line[data-variant='{tee}']");
        Assert.Equal("Organic Tee", teeLine.QuerySelector(".cart-line-name")!.TextContent);
        Assert.Null(teeLine.QuerySelector(".cart-line-variant"));
        Assert.Equal("$15.00 each", teeLine.QuerySelector(".cart-line-price")!.TextContent);
        Assert.Equal("2", teeLine.QuerySelector("input[name=quantity]")!.GetAttribute("value"));
        Assert.Equal("$30.00", teeLine.QuerySelector(".cart-line-total")!.TextContent);
        var mugLine = page.Find($"li.cart-line[data-variant='{mug}']");
        Assert.Equal("Blue", mugLine.QuerySelector(".cart-line-variant")!.TextContent);
        Assert.Equal("$20.00", mugLine.QuerySelector(".cart-line-total")!.TextContent);
        Assert.Equal(mug.ToString(), mugLine.QuerySelector("form[action='/cart/remove'] input[name=variantId]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SummaryShowsSubtotalShippingTaxAndTotalForTheChosenMethodAndAddress()
    {
        var (_, _, token) = await TeeAndMugCartAsync(cart =>
        {
            cart.SetCheckoutDetails("casey@example.test", Home, null);
            cart.ChooseShipping(store.ExpressId);
        });
        await using var bunit = ShopperVisit.Create(store, token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Equal("$50.00", page.Text("td[data-total=subtotal]"));
        Assert.Equal("$15.00", page.Text("td[data-total=shipping]"));
        Assert.Equal("$4.00", page.Text("td[data-total=tax]")); // 8 % US sales tax on $50.00 of goods
        Assert.Equal("Tax", page.Find("td[data-total=tax]").ParentElement!.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("$69.00", page.Text("td[data-total=total]"));
        Assert.Empty(page.FindAll("tr.discount"));
        Assert.Empty(page.FindAll("p[data-issue]"));
        Assert.Equal("/checkout", page.Find("a#checkout").GetAttribute("href"));
    }

    [Fact]
    public async Task BeforeCheckoutShippingIsCalculatedLaterAndTaxIsAnEstimate()
    {
        var (_, _, token) = await TeeAndMugCartAsync();
        await using var bunit = ShopperVisit.Create(store, token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Equal("Calculated at checkout", page.Text("td[data-total=shipping]"));
        Assert.Equal("Tax (estimated)", page.Find("td[data-total=tax]").ParentElement!.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("$50.00", page.Text("td[data-total=total]"));
    }

    [Fact]
    public async Task ShopperWithoutACartSeesTheEmptyState()
    {
        await using var bunit = ShopperVisit.Create(store);

        // Without a cart cookie or a signed-in customer there is nothing to look up: the first render is final.
        var page = await bunit.RenderLoadedAsync<CartPage>(".empty-state");

        Assert.Equal("Your cart is empty.", page.Text(".empty-state p"));
        Assert.Equal("/", page.Find(".empty-state a").GetAttribute("href"));
        Assert.Empty(page.FindAll("#cart-lines"));
        Assert.Empty(page.FindAll("#order-totals"));
        Assert.Empty(page.FindAll("#checkout"));
    }

    /// <summary>Two Organic Tees at $15.00 and one blue Stoneware Mug at $20.00: $50.00 of goods.</summary>
    private async Task<(int Tee, int Mug, string Token)> TeeAndMugCartAsync(Action<CartEntity>? more = null)
    {
        var tee = await store.AddProductAsync("Organic Tee", 15m, stock: 10);
        var mug = await store.AddProductAsync("Stoneware Mug", 20m, stock: 10, colour: "Blue");
        var added = DateTimeOffset.UtcNow;
        var cart = await store.AddCartAsync(cart =>
        {
            cart.AddItem(tee, 2, Usd(15m), added);
            cart.AddItem(mug, 1, Usd(20m), added.AddSeconds(1));
            more?.Invoke(cart);
        });
        return (tee, mug, cart.Token);
    }
}
