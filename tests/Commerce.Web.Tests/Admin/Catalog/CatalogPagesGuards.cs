using System.Net;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Admin.Catalog;

/// <summary>Every page and download of the admin catalog: anonymous visitors go to log in, customers and vendors get 403.</summary>
[Collection(StoreAppCollection.Name)]
public sealed class CatalogPagesGuards(StoreApp app)
{
    public static readonly TheoryData<string> Paths = new()
    {
        "/admin/products", "/admin/products/new", "/admin/products/1", "/admin/products/import", "/admin/products/export.csv",
        "/admin/inventory", "/admin/inventory/low-stock", "/admin/inventory/low-stock.csv", "/admin/inventory/variants/1", "/admin/categories",
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AnonymousVisitorIsSentToLogIn(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task CustomerIsForbidden(string path)
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Customer.Email, DemoAccounts.Customer.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task VendorIsForbidden(string path)
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Vendor.Email, DemoAccounts.Vendor.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync(path)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AdminGetsThePage(string path)
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task TheExportListsTheDemoCatalogAsCsv()
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

        var csv = await session.GetPageAsync("/admin/products/export.csv");

        Assert.StartsWith("ProductSku,Name,Slug,Category,Vendor,Status,Price", csv);
        Assert.Contains("NW-TEE-001", csv);
    }
}
