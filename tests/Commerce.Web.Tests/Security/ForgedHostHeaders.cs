using System.Net;
using Commerce.Core.Catalog;
using Commerce.Testing;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Security;

/// <summary>
/// Absolute links come from Store:PublicUrl only. A request naming another host (Host, X-Forwarded-Host, a forwarded
/// scheme, the RFC 7239 Forwarded header) never gets that host printed back in a page, a feed or a structured-data block.
/// </summary>
[Collection(StoreAppCollection.Name)]
public sealed class ForgedHostHeaders(StoreApp app)
{
    public static TheoryData<string, string> Forgeries => new()
    {
        { "Host", "evil.example" },
        { "Host", "evil.example:8443" },
        { "X-Forwarded-Host", "evil.example" },
        { "X-Forwarded-Proto", "evil" },
        { "X-Original-Host", "evil.example" },
        { "Forwarded", "host=evil.example;proto=https" },
    };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task NoPageOrFeedPrintsTheForgedHost(string header, string value)
    {
        var slug = await app.QueryAsync(db => db.Products.Where(p => p.Status == ProductStatus.Active).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        var category = await app.QueryAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync());
        var client = app.CreateClient();

        foreach (var path in new[] { "/robots.txt", "/sitemap.xml", "/sitemap-categories.xml", "/sitemap-products-1.xml", $"/p/{slug}", $"/c/{category}", "/" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (header == "Host") request.Headers.Host = value;
            else request.Headers.TryAddWithoutValidation(header, value);
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("evil://", body, StringComparison.OrdinalIgnoreCase);
            Assert.Contains(app.BaseUrl, body);
        }
    }
}
