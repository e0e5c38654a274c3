using Bunit;
using Commerce.Web.Admin.Layout;
using Commerce.Web.Hosting;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Commerce.Web.Tests.Components.Layout;

/// <summary>The admin area's frame: AdminLayout nested in the MudBlazor BackOfficeLayout, as the router would nest them.</summary>
public sealed class AdminShell : IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public Task InitializeAsync()
    {
        _bunit.Services.AddMudServices();
        _bunit.Services.AddSingleton(Options.Create(new StoreSettings { Name = "Harbor Market" }));
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.AddAuthorization().SetAuthorized("admin@example.com").SetRoles("Admin");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public void NavigationLinksToEveryAdminSectionThatHasAPage()
    {
        var shell = RenderAdminPage();

        var links = shell.FindAll(".backoffice-drawer a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/admin", links["Dashboard"]);
        Assert.Equal("/admin/customers", links["Customers"]);
        Assert.Equal("/admin/coupons", links["Coupons"]);
        Assert.Equal("/admin/products", links["Products"]);
        Assert.Equal("/admin/inventory", links["Inventory"]);
        Assert.Equal("/admin/reports", links["Reports"]);
        Assert.Equal("/admin/emails", links["Emails"]);
        Assert.Equal("/admin/jobs", links["Background jobs"]);
        // Sections still being built appear with their first page, never before.
        foreach (var (text, href) in new[] { ("Orders", "/admin/orders"), ("Categories", "/admin/categories"), ("Vendors", "/admin/vendors"), ("Payouts", "/admin/payouts") })
            Assert.Equal(Commerce.Web.Admin.AdminRoutes.Has(href), links.ContainsKey(text));
    }

    [Fact]
    public void BackgroundJobsLinkLeavesTheBlazorRouter()
    {
        var shell = RenderAdminPage();

        var jobs = shell.FindAll(".backoffice-drawer a").Single(a => a.TextContent.Trim() == "Background jobs");
        Assert.Equal("_top", jobs.GetAttribute("target"));
    }

    [Fact]
    public void CurrentSectionIsHighlightedAndTheDashboardOnlyOnItsOwnPage()
    {
        _bunit.Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/coupons");

        var shell = RenderAdminPage();

        var links = shell.FindAll(".backoffice-drawer a");
        Assert.Contains("active", links.Single(a => a.TextContent.Trim() == "Coupons").ClassList);
        Assert.DoesNotContain("active", links.Single(a => a.TextContent.Trim() == "Dashboard").ClassList);
    }

    [Fact]
    public void AppBarNamesTheStoreTheAreaAndTheSignedInUser()
    {
        var shell = RenderAdminPage();

        Assert.Equal("Harbor Market", shell.Find(".backoffice-brand span").TextContent);
        Assert.Equal("/", shell.Find("a.backoffice-brand").GetAttribute("href"));
        Assert.Equal("Admin", shell.Find(".backoffice-area").TextContent.Trim());
        Assert.Equal("admin@example.com", shell.Find(".backoffice-user").TextContent);
        Assert.Equal("post", shell.Find("form.backoffice-logout").GetAttribute("method"));
    }

    [Fact]
    public void PageRendersInTheMainContent()
    {
        var shell = RenderAdminPage();

        Assert.Equal("Orders to ship", shell.Find(".mud-main-content #admin-page").TextContent);
    }

    private IRenderedComponent<LayoutView> RenderAdminPage() =>
        _bunit.Render<LayoutView>(p => p
            .Add(x => x.Layout, typeof(AdminLayout))
            .AddChildContent("<h1 id=\"admin-page\">Orders to ship</h1>"));
}
