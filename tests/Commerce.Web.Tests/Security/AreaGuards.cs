using System.Net;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Security;

[Collection(StoreAppCollection.Name)]
public sealed class AreaGuards(StoreApp app)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/vendor")]
    [InlineData("/admin/jobs")]
    public async Task AnonymousVisitorIsSentToLogIn(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery.Replace(app.BaseUrl, ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CustomerGetsForbiddenOnAdmin()
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Customer.Email, DemoAccounts.Customer.Password);

        var response = await session.Client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task VendorCannotReachAdminButReachesVendorArea()
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Vendor.Email, DemoAccounts.Vendor.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/vendor")).StatusCode);
    }

    [Fact]
    public async Task AdminReachesAdminArea()
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

        var html = await session.GetPageAsync("/admin");

        Assert.Contains("Dashboard", html);
    }
}
