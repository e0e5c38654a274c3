using System.Net;
using System.Text.RegularExpressions;
using Commerce.Core.Catalog;
using Commerce.Testing;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Cart;

[Collection(StoreAppCollection.Name)]
public sealed partial class CartTampering(StoreApp app)
{
    [Theory]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("100000")]
    [InlineData("2147483648")]
    [InlineData("abc")]
    public async Task BadQuantitiesAreRefusedAndTheCartStaysEmpty(string quantity)
    {
        var (session, variantId, slug) = await ShopperOnProductPageAsync();

        var response = await session.PostFormAsync($"/p/{slug}", "/cart/add",
            new Dictionary<string, string> { ["variantId"] = variantId.ToString(), ["quantity"] = quantity, ["returnUrl"] = $"/p/{slug}" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Your cart is empty", await session.GetPageAsync("/cart"));
    }

    [Fact]
    public async Task UnknownOrDraftVariantCannotBeAdded()
    {
        var (session, _, slug) = await ShopperOnProductPageAsync();
        var draftVariant = await app.QueryAsync(db => db.Variants.Where(v => v.Product.Status == ProductStatus.Draft).Select(v => v.Id).FirstAsync());

        foreach (var id in new[] { 999_999_999, draftVariant })
            await session.PostFormAsync($"/p/{slug}", "/cart/add",
                new Dictionary<string, string> { ["variantId"] = id.ToString(), ["quantity"] = "1", ["returnUrl"] = $"/p/{slug}" });

        Assert.Contains("Your cart is empty", await session.GetPageAsync("/cart"));
    }

    [Fact]
    public async Task PostedPriceFieldsAreIgnoredTheCatalogPriceIsCharged()
    {
        var (session, variantId, slug) = await ShopperOnProductPageAsync();

        await session.PostFormAsync($"/p/{slug}", "/cart/add", new Dictionary<string, string>
        {
            ["variantId"] = variantId.ToString(), ["quantity"] = "2", ["returnUrl"] = $"/p/{slug}", ["price"] = "0.01", ["unitPrice"] = "0.01", ["total"] = "0.02",
        });

        var price = await app.QueryAsync(db => db.Variants.Where(v => v.Id == variantId).Select(v => v.PriceOverride ?? v.Product.BasePrice).SingleAsync());
        var cart = await session.GetPageAsync("/cart");
        Assert.Contains($"${price * 2:N2}", cart);
        Assert.DoesNotContain("$0.02", cart);
    }

    [Fact]
    public async Task AddingWithoutTheAntiforgeryTokenIsRejected()
    {
        var (session, variantId, _) = await ShopperOnProductPageAsync();

        var response = await session.Client.PostAsync("/cart/add",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = variantId.ToString(), ["quantity"] = "1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TwoTabsAddingTheSameItemAtOnceEndWithTheSum()
    {
        var (session, variantId, slug) = await ShopperOnProductPageAsync();
        await session.PostFormAsync($"/p/{slug}", "/cart/add",
            new Dictionary<string, string> { ["variantId"] = variantId.ToString(), ["quantity"] = "1", ["returnUrl"] = "/" });

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => session.PostFormAsync($"/p/{slug}", "/cart/add",
            new Dictionary<string, string> { ["variantId"] = variantId.ToString(), ["quantity"] = "1", ["returnUrl"] = "/" })));

        var html = await session.GetPageAsync("/cart");
        Assert.Matches("name=\"quantity\" value=\"3\"", html);
    }

    /// <summary>A fresh shopper looking at an in-stock product with plenty of units.</summary>
    private async Task<(BrowserSession Session, int VariantId, string Slug)> ShopperOnProductPageAsync()
    {
        var (variantId, slug) = await app.QueryAsync(async db =>
        {
            var row = await db.Variants.Where(v => v.IsActive && v.Product.Status == ProductStatus.Active
                    && db.InventoryLevels.Where(l => l.VariantId == v.Id).Sum(l => l.OnHand - l.Reserved) > 20)
                .OrderBy(v => v.Id).Select(v => new { v.Id, v.Product.Slug }).FirstAsync();
            return (row.Id, row.Slug);
        });
        return (new BrowserSession(app.CreateClient()), variantId, slug);
    }
}
