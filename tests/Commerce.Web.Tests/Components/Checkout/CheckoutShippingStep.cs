using Bunit;
using Commerce.Web.Storefront.Checkout;
using Commerce.Web.Tests.Components.Cart;
using static Commerce.Web.Tests.Components.Cart.CartStore;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Tests.Components.Checkout;

/// <summary>Checkout step 2: every active method priced for the shopper's address, from the database.</summary>
public sealed class CheckoutShippingStep(CartStore store) : IClassFixture<CartStore>
{
    private const string Loaded = ".shipping-methods";

    [Fact]
    public async Task EachMethodIsOfferedWithItsPriceForTheAddress()
    {
        var cart = await FiftyDollarCartAsync(c => c.SetCheckoutDetails("casey@example.test", Home, null));
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<ShippingPage>(Loaded);

        var methods = page.FindAll("label.shipping-method");
        Assert.Equal(["Standard", "Express", "Saver", "Canada Post"], methods.Select(m => m.QuerySelector(".method-name")!.FirstChild!.TextContent.Trim()));
        Assert.Equal(["$5.00", "$15.00", "Free", "Canada Post doesn't ship to US."], methods.Select(m => m.QuerySelector(".method-price")!.TextContent));
        Assert.Equal("UPS · 3–6 business days", methods[0].QuerySelector(".method-name small")!.TextContent);
        Assert.Equal(
            [store.StandardId.ToString(), store.ExpressId.ToString(), store.SaverId.ToString(), store.CanadaPostId.ToString()],
            methods.Select(m => m.QuerySelector("input[type=radio][name=MethodId]")!.GetAttribute("value")));
        Assert.Equal("Shipping to 1 Market St, Apt 4, 62701 Springfield IL, US", page.Find(".ship-to").Squashed().Split(" · ")[0]);
    }

    [Fact]
    public async Task MethodThatCannotShipThereIsDisabledAndTheFirstAvailableIsPreselected()
    {
        var cart = await FiftyDollarCartAsync(c => c.SetCheckoutDetails("casey@example.test", Home, null));
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<ShippingPage>(Loaded);

        Assert.True(Radio(page, store.CanadaPostId).HasAttribute("disabled"));
        Assert.Contains("unavailable", Radio(page, store.CanadaPostId).ParentElement!.ClassList);
        Assert.False(Radio(page, store.ExpressId).HasAttribute("disabled"));
        Assert.Equal([store.StandardId.ToString()], page.FindAll("input[name=MethodId][checked]").Select(r => r.GetAttribute("value")));
        Assert.Equal("Calculated at checkout", page.Text(".cart-summary td[data-total=shipping]"));
    }

    [Fact]
    public async Task MethodChosenEarlierIsSelectedAndPricedInTheSummary()
    {
        var cart = await FiftyDollarCartAsync(c =>
        {
            c.SetCheckoutDetails("casey@example.test", Home, null);
            c.ChooseShipping(store.ExpressId);
        });
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<ShippingPage>(Loaded);

        Assert.Equal([store.ExpressId.ToString()], page.FindAll("input[name=MethodId][checked]").Select(r => r.GetAttribute("value")));
        Assert.Equal("$15.00", page.Text(".cart-summary td[data-total=shipping]"));
        Assert.Equal("$69.00", page.Text(".cart-summary td[data-total=total]"));
    }

    [Fact]
    public async Task WithoutAnAddressTheShopperIsSentBackToStepOne()
    {
        var cart = await FiftyDollarCartAsync(_ => { });
        await using var bunit = ShopperVisit.Create(store, cart.Token);

        var page = await bunit.RenderLoadedAsync<ShippingPage>(".checkout-page p a[href='/checkout']");

        Assert.Equal("Please enter your address first.", page.Find(".checkout-page > p").Squashed());
        Assert.Empty(page.FindAll("input[name=MethodId]"));
    }

    private static AngleSharp.Dom.IElement Radio(IRenderedComponent<ShippingPage> page, int methodId) =>
        page.Find($"input[name=MethodId][value='{methodId}']");

    /// <summary>Two tees at $25.00: above Saver's $40.00 free-shipping threshold.</summary>
    private async Task<CartEntity> FiftyDollarCartAsync(Action<CartEntity> steps)
    {
        var tee = await store.AddProductAsync("Organic Tee", 25m, stock: 10);
        return await store.AddCartAsync(c =>
        {
            c.AddItem(tee, 2, Usd(25m), DateTimeOffset.UtcNow);
            steps(c);
        });
    }
}
