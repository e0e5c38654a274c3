using System.Net;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Security;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Security;

/// <summary>Hand-edited parameters get a normal answer (ignored, 400 or 404), never a 500; return URLs stay on the site.</summary>
[Collection(StoreAppCollection.Name)]
public sealed class BadInput(StoreApp app)
{
    public static TheoryData<string> OffSite => ["https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example", "/\tx", "javascript:alert(1)", "http:/evil.example"];

    [Theory]
    [MemberData(nameof(OffSite))]
    public void OffSiteOrMalformedReturnUrlsFallBack(string url) => Assert.Equal("/", LocalUrl.OrFallback(url));

    [Theory]
    [InlineData("/cart", "/cart")]
    [InlineData("account/orders?page=2", "/account/orders?page=2")]
    public void LocalPathsAreKept(string url, string expected) => Assert.Equal(expected, LocalUrl.OrFallback(url));

    [Fact]
    public async Task NonNumericQueryValuesAreIgnored()
    {
        var variant = await GuestCheckout.StockedVariantAsync(app, 2);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/p/{variant.Slug}?variant=abc")).StatusCode);
        Assert.True((int)(await client.GetAsync("/checkout?address=abc")).StatusCode < 500);
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task LogInWithAnOffSiteReturnUrlLandsHome(string returnUrl)
    {
        var session = new BrowserSession(app.CreateClient());
        var page = $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";

        var response = await session.PostFormAsync(page, page, new Dictionary<string, string>
        {
            ["Input.Email"] = DemoAccounts.Customer.Email, ["Input.Password"] = DemoAccounts.Customer.Password,
        }, handler: "login");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.Location!.OriginalString, new[] { "/", app.BaseUrl + "/" });
    }

    [Theory]
    [MemberData(nameof(OffSite))]
    public async Task LogOutWithAnOffSiteReturnUrlSignsOutAndLandsHome(string returnUrl)
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Customer.Email, DemoAccounts.Customer.Password);

        var response = await session.PostFormAsync("/account/orders", "/Account/Logout", new Dictionary<string, string> { ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/account/orders")).StatusCode);
    }

    [Fact]
    public async Task AddToCartWithAControlCharacterInTheReturnUrlGoesToTheCart()
    {
        var variant = await GuestCheckout.StockedVariantAsync(app, 3);
        var session = new BrowserSession(app.CreateClient());

        var response = await session.PostFormAsync($"/p/{variant.Slug}", "/cart/add",
            new Dictionary<string, string> { ["variantId"] = "x", ["quantity"] = "1", ["returnUrl"] = "/p/\tx" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/cart", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("<img/src=x/onerror=alert(1)>b@evil.example")]
    [InlineData("\"a b\"@example.com")]
    [InlineData("Eve <eve@example.com>")]
    [InlineData("eve@localhost")]
    public async Task CheckoutRefusesAHostileEmail(string email)
    {
        var variant = await GuestCheckout.StockedVariantAsync(app, 4);
        var session = new BrowserSession(app.CreateClient());
        await session.PostFormAsync($"/p/{variant.Slug}", "/cart/add",
            new Dictionary<string, string> { ["variantId"] = variant.Id.ToString(), ["quantity"] = "1", ["returnUrl"] = "/cart" });

        var response = await session.PostFormAsync("/checkout", "/checkout", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.BillingSameAsShipping"] = "true",
            ["Input.Shipping.FullName"] = "Eve", ["Input.Shipping.Line1"] = "1 Main St", ["Input.Shipping.City"] = "San Francisco",
            ["Input.Shipping.Region"] = "CA", ["Input.Shipping.PostalCode"] = "94107", ["Input.Shipping.CountryCode"] = "US",
        }, handler: "checkout-details");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please enter a valid email address.", await response.Content.ReadAsStringAsync());
    }
}
