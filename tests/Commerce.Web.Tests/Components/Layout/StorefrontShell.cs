using Bunit;
using Commerce.Testing;
using Commerce.Web.Storefront.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Components.Layout;

/// <summary>The storefront layout with its header and footer, over a real category tree and cart.</summary>
public sealed class StorefrontShell(StorefrontStore store) : IClassFixture<StorefrontStore>
{
    [Fact]
    public async Task PageBodyRendersInsideMainWithASkipLinkToIt()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        Assert.Equal("Order history", layout.Find("main#main #page-body").TextContent);
        Assert.Equal("#main", layout.Find("a.skip-link").GetAttribute("href"));
        Assert.NotNull(layout.Find("header.site-header"));
        Assert.NotNull(layout.Find("footer.site-footer"));
    }

    [Fact]
    public async Task LogoLinksHomeAndCarriesTheStoreName()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        var logo = layout.Find("a.header-logo");
        Assert.Equal("/", logo.GetAttribute("href"));
        Assert.Equal(StorefrontStore.StoreName, logo.QuerySelector("img")!.GetAttribute("alt"));
    }

    [Fact]
    public async Task SearchIsAPlainGetFormToSearchThatKeepsTheCurrentQuery()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization();
        bunit.Services.GetRequiredService<NavigationManager>().NavigateTo("/search?q=linen");

        var layout = RenderLayout(bunit);

        var form = layout.Find("form#site-search");
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("search", input.GetAttribute("type"));
        Assert.Equal("linen", input.GetAttribute("value"));
    }

    [Fact]
    public async Task CategoryNavShowsActiveCategoriesFromTheDatabaseWithTheirChildren()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        layout.WaitForElement("nav.category-nav");
        var topLevel = layout.FindAll("nav.category-nav a.category-link");
        Assert.Equal(["Clothing", "Home"], topLevel.Select(a => a.TextContent.Trim()));
        Assert.Equal(["/c/clothing", "/c/home"], topLevel.Select(a => a.GetAttribute("href")));
        Assert.Equal("/c/tees", layout.Find("nav.category-nav .category-dropdown a[href='/c/tees']").GetAttribute("href"));
        Assert.DoesNotContain("Archive", layout.Find("nav.category-nav").TextContent);
        Assert.Equal(["Clothing", "Home", "Search the store"],
            layout.FindAll("nav[aria-labelledby=footer-shop] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task AnonymousShopperIsOfferedLogInAndRegister()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        var header = layout.Find(".header-actions");
        Assert.Equal("/Account/Login", header.QuerySelector("a.header-action[href^='/Account/Login']")!.GetAttribute("href"));
        Assert.Equal("Register", header.QuerySelector("a.header-register")!.TextContent);
        Assert.Equal("/Account/Register", header.QuerySelector("a.header-register")!.GetAttribute("href"));
        Assert.Empty(layout.FindAll("details.account-menu"));
        Assert.Empty(layout.FindAll($"a[href='{StorefrontLinks.Admin}']"));
    }

    [Fact]
    public async Task LogInLinkBringsTheShopperBackToThePageTheyWereOn()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization();
        bunit.Services.GetRequiredService<NavigationManager>().NavigateTo("/c/clothing");

        var layout = RenderLayout(bunit);

        Assert.Equal("/Account/Login?ReturnUrl=c%2Fclothing", layout.Find(".header-actions a.header-action").GetAttribute("href"));
    }

    [Fact]
    public async Task SignedInCustomerIsGreetedByFirstNameWithLinksToOrdersAndSettings()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization().SetAuthorized("casey@example.com").SetRoles("Customer")
            .SetClaims(new System.Security.Claims.Claim("display_name", "Casey Customer"));

        var layout = RenderLayout(bunit);

        var menu = layout.Find("details.account-menu");
        Assert.Equal("Hi, Casey", menu.QuerySelector(".header-action-label")!.TextContent);
        Assert.Contains("casey@example.com", menu.QuerySelector(".account-panel-email")!.TextContent);
        Assert.Equal(["/account/orders", "/Account/Manage"], menu.QuerySelectorAll(".account-panel li a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(menu.QuerySelector("form.logout-form[method=post] button.account-logout"));
        Assert.Empty(layout.FindAll(".header-actions a.header-register"));
        Assert.Empty(layout.FindAll($"a[href='{StorefrontLinks.Admin}']"));
    }

    [Fact]
    public async Task AdminLinkAppearsOnlyForAdministrators()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization().SetAuthorized("admin@example.com").SetRoles("Admin");

        var layout = RenderLayout(bunit);

        Assert.Equal("Admin", layout.Find($"details.account-menu a[href='{StorefrontLinks.Admin}']").TextContent.Trim());
        Assert.NotNull(layout.Find($"nav.mobile-menu-panel a[href='{StorefrontLinks.Admin}']"));
        Assert.Empty(layout.FindAll($"a[href='{StorefrontLinks.VendorDashboard}']"));
    }

    [Fact]
    public async Task FooterOffersOrderTrackingAndTheSupportAddress()
    {
        await using var bunit = store.NewContext();
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        var help = layout.Find("nav[aria-labelledby=footer-help]");
        Assert.Equal("/orders/track", help.QuerySelectorAll("a").Single(a => a.TextContent == "Track an order").GetAttribute("href"));
        Assert.Equal($"mailto:{StorefrontStore.SupportEmail}", help.QuerySelectorAll("a").Single(a => a.TextContent == "Contact us").GetAttribute("href"));
        Assert.Contains($"{DateTime.UtcNow.Year} {StorefrontStore.StoreName}. All rights reserved.", layout.Find(".footer-bottom").TextContent);
    }

    [Fact]
    public async Task CartLinkShowsTheGuestCartsItemCountAndSubtotal()
    {
        await using var bunit = store.NewContext(cartToken: store.GuestCartToken);
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        Assert.Equal("3", layout.WaitForElement("#cart-count").TextContent);
        var cart = layout.Find("a#mini-cart");
        Assert.Equal("/cart", cart.GetAttribute("href"));
        Assert.Equal("$40.00", cart.QuerySelector(".header-action-label")!.TextContent);
        Assert.Equal("Cart, 3 items, $40.00", cart.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task CartLinkWithoutACartJustSaysCart()
    {
        // No cart cookie and nobody signed in: the summary is known without a query, so the first render is final.
        await using var bunit = store.NewContext();
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        Assert.Empty(layout.FindAll("#cart-count"));
        Assert.Equal("Cart", layout.Find("a#mini-cart .header-action-label").TextContent);
        Assert.Equal("Cart", layout.Find("a#mini-cart").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task LayoutStillRendersWithoutCategoriesWhenTheCategoryQueryFails()
    {
        // A reachable server without the schema: the query fails with a PostgresException, which the layout catches.
        var logs = new RecordedLogs();
        await using var bunit = store.NewContext(connectionString: await PostgresServer.CreateDatabaseAsync("bunit_no_schema"), logs: logs);
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        layout.WaitForAssertion(() => Assert.Contains(logs.Entries, e => e.Message == "Category navigation is unavailable"),
            TimeSpan.FromSeconds(10));
        Assert.Equal("Order history", layout.Find("main #page-body").TextContent);
        Assert.Empty(layout.FindAll("nav.category-nav"));
        Assert.NotNull(layout.Find("form#site-search"));
    }

    [Fact]
    public async Task LayoutStillRendersWithoutCategoriesWhenTheDatabaseIsDown()
    {
        var logs = new RecordedLogs();
        await using var bunit = store.NewContext(connectionString: DatabaseDown, logs: logs);
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        layout.WaitForAssertion(() => Assert.Contains(logs.Entries, e => e.Message == "Category navigation is unavailable"),
            TimeSpan.FromSeconds(10));
        Assert.Equal("Order history", layout.Find("main #page-body").TextContent);
        Assert.Empty(layout.FindAll("nav.category-nav"));
    }

    [Fact]
    public async Task LayoutStillRendersForAShopperWithACartWhenTheDatabaseIsDown()
    {
        var logs = new RecordedLogs();
        await using var bunit = store.NewContext(cartToken: store.GuestCartToken, connectionString: DatabaseDown, logs: logs);
        bunit.AddAuthorization();

        var layout = RenderLayout(bunit);

        layout.WaitForAssertion(() => Assert.Contains(logs.Entries, e => e.Message == "Category navigation is unavailable"),
            TimeSpan.FromSeconds(10));
        Assert.Equal("Cart", layout.Find("a#mini-cart .header-action-label").TextContent);
        Assert.Equal("Order history", layout.Find("main #page-body").TextContent);
    }

    private const string DatabaseDown = "Host=127.0.0.1;Port=1;Database=down;Timeout=2";

    private static IRenderedComponent<StorefrontLayout> RenderLayout(BunitContext bunit) =>
        bunit.Render<StorefrontLayout>(p => p.Add(x => x.Body, (RenderTreeBuilder body) =>
        {
            body.OpenElement(0, "h1");
            body.AddAttribute(1, "id", "page-body");
            body.AddContent(2, "Order history");
            body.CloseElement();
        }));
}
