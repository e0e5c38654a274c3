using System.Net;
using Commerce.Core.Catalog;
using Commerce.Testing;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Hosting;

[Collection(StoreAppCollection.Name)]
public sealed class StoreBoots(StoreApp app)
{
    [Fact]
    public async Task HomePageShowsSeededProducts()
    {
        var featured = await app.QueryAsync(db => db.Products.Where(p => p.Status == ProductStatus.Active && p.IsFeatured)
            .OrderByDescending(p => p.SalesCount).ThenBy(p => p.Id).Select(p => p.Name).FirstAsync());

        var html = await new BrowserSession(app.CreateClient()).GetPageAsync("/");

        Assert.Contains("<h1>Good things, made by people who care.</h1>", html);
        Assert.Contains(WebUtility.HtmlEncode(featured), html);
        Assert.Contains("/c/clothing", html);
    }

    [Fact]
    public async Task ReadinessCheckReachesTheDatabase()
    {
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var report = System.Text.Json.JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Available", report.RootElement.GetProperty("checks").GetProperty("payments").GetProperty("data").GetProperty("state").GetString());
    }

    [Fact]
    public async Task UnknownPageIsA404WithTheStoreLayout()
    {
        var response = await app.CreateClient().GetAsync("/p/no-such-product-anywhere");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/orders/track", await response.Content.ReadAsStringAsync());
    }
}
