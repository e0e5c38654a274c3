using Bunit;
using Commerce.Web.Storefront.Cart;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Web.Tests.Components.Cart.CartStore;

namespace Commerce.Web.Tests.Components.Cart;

public sealed class CartPageShippingEstimate(CartStore store) : IClassFixture<CartStore>
{
    private const string Loaded = "#order-totals";

    [Fact]
    public async Task WithoutADestinationTheFormIsOfferedFoldedAndNoRatesAreListed()
    {
        var token = await FiftyDollarCartAsync();
        await using var bunit = ShopperVisit.Create(store, token);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        var estimate = page.Find("details.shipping-estimate");
        Assert.False(estimate.HasAttribute("open"));
        Assert.Equal("Estimate shipping", page.Text("details.shipping-estimate summary"));
        var form = page.Find("details.shipping-estimate form");
        Assert.Equal("/cart/estimate", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal([ShopperVisit.AntiforgeryField, "country", "postalCode"], form.FieldNames());
        Assert.Equal(14, form.QuerySelectorAll("select[name=country] option").Length);
        Assert.Empty(page.FindAll(".shipping-options"));
    }

    [Fact]
    public async Task EstimateListsEveryMethodWithItsPriceForTheChosenCountry()
    {
        var token = await FiftyDollarCartAsync();
        await using var bunit = ShopperVisit.Create(store, token);
        var change = await bunit.Services.GetRequiredService<CartService>().EstimateShippingAsync("ca", " M5V 2T6 ");
        Assert.True(change.Ok);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.True(page.Find("details.shipping-estimate").HasAttribute("open"));
        Assert.Equal("Estimate shipping to CA", page.Text("details.shipping-estimate summary"));
        Assert.Equal("CA", page.Find("select[name=country] option[selected]").GetAttribute("value"));
        Assert.Equal(
            ["Standard (3–6 days) $5.00", "Express (1–2 days) $15.00", "Saver (5–9 days) Free", "Canada Post (4–8 days) $9.00"],
            page.FindAll(".shipping-options li").Select(li => li.Squashed()));
        Assert.Equal("Calculated at checkout", page.Text("td[data-total=shipping]"));
    }

    [Fact]
    public async Task MethodThatDoesNotShipToTheCountrySaysSo()
    {
        var token = await FiftyDollarCartAsync();
        await using var bunit = ShopperVisit.Create(store, token);
        Assert.True((await bunit.Services.GetRequiredService<CartService>().EstimateShippingAsync("US", "62701")).Ok);

        var page = await bunit.RenderLoadedAsync<CartPage>(Loaded);

        Assert.Equal("Canada Post (4–8 days) Canada Post doesn't ship to US.", page.FindAll(".shipping-options li").Last().Squashed());
        Assert.Equal("Tax", page.Find("td[data-total=tax]").ParentElement!.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("$4.00", page.Text("td[data-total=tax]"));
    }

    private async Task<string> FiftyDollarCartAsync()
    {
        var tee = await store.AddProductAsync("Organic Tee", 25m, stock: 10);
        return (await store.AddCartAsync(c => c.AddItem(tee, 2, Usd(25m), DateTimeOffset.UtcNow))).Token;
    }
}
