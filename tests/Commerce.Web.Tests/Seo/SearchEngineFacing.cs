using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Commerce.Core.Catalog;
using Commerce.Testing;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Seo;

[Collection(StoreAppCollection.Name)]
public sealed partial class SearchEngineFacing(StoreApp app)
{
    [Fact]
    public async Task SitemapListsCategoriesAndActiveProductsButNoDrafts()
    {
        var active = await app.QueryAsync(db => db.Products.Where(p => p.Status == ProductStatus.Active).Select(p => p.Slug).FirstAsync());
        var draft = await app.QueryAsync(db => db.Products.Where(p => p.Status == ProductStatus.Draft).Select(p => p.Slug).FirstAsync());

        var xml = await app.CreateClient().GetStringAsync("/sitemap.xml");

        Assert.Contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">", xml);
        Assert.Contains("/c/clothing</loc>", xml);
        Assert.Contains($"/p/{active}</loc>", xml);
        Assert.DoesNotContain($"/p/{draft}<", xml);
    }

    [Fact]
    public async Task RobotsKeepsCrawlersOutOfPrivateAreasAndPointsAtTheSitemap()
    {
        var robots = await app.CreateClient().GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains("Disallow: /checkout", robots);
        Assert.Contains("Sitemap: http://", robots);
    }

    [Fact]
    public async Task ProductPageCarriesTitleCanonicalOpenGraphAndProductJsonLd()
    {
        var product = await app.QueryAsync(db => db.Products.Where(p => p.Status == ProductStatus.Active && p.SeoTitle != null)
            .Select(p => new { p.Slug, p.SeoTitle, Variants = p.Variants.Count(v => v.IsActive) }).FirstAsync());

        var html = await new BrowserSession(app.CreateClient()).GetPageAsync($"/p/{product.Slug}");

        Assert.Contains($"<title>{WebUtility.HtmlEncode(product.SeoTitle)} | Commerce</title>", html);
        Assert.Matches($"<link rel=\"canonical\" href=\"http://[^\"]+/p/{product.Slug}\"", html);
        Assert.Contains("<meta property=\"og:type\" content=\"product\"", html);
        var json = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value).RootElement;
        Assert.Equal("Product", json.GetProperty("@type").GetString());
        var offers = json.GetProperty("offers").EnumerateArray().ToList();
        Assert.Equal(product.Variants, offers.Count);
        Assert.All(offers, o => Assert.Equal("USD", o.GetProperty("priceCurrency").GetString()));
        Assert.Contains(offers, o => o.GetProperty("availability").GetString()!.StartsWith("https://schema.org/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ProductStatus.Draft)]
    [InlineData(ProductStatus.Archived)]
    public async Task HiddenProductsAnswer404(ProductStatus status)
    {
        var slug = await app.QueryAsync(db => db.Products.Where(p => p.Status == status).Select(p => p.Slug).FirstAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync($"/p/{slug}")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("'; DROP TABLE products; --")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("👟🔥 sneakers")]
    [InlineData("%_\\")]
    public async Task OddSearchesGiveANormalPage(string query)
    {
        var response = await app.CreateClient().GetAsync($"/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("id=\"result-count\"", html);
    }

    [Fact]
    public async Task AThousandCharacterSearchGivesANormalPage()
    {
        var response = await app.CreateClient().GetAsync($"/search?q={new string('a', 1200)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
