using Commerce.Infrastructure.Notifications;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Storefront.Seo;

internal static class SeoEndpoints
{
    private const string Robots = """
        User-agent: *
        Disallow: /admin
        Disallow: /vendor
        Disallow: /cart
        Disallow: /checkout
        Disallow: /account
        Disallow: /Account
        Disallow: /orders
        Disallow: /search

        """;

    public static void MapSeoEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext http) =>
            Results.Text(Robots + $"Sitemap: {BaseUrl(http)}/sitemap.xml\n", "text/plain"));
        app.MapGet("/sitemap.xml", (HttpContext http, SitemapService sitemap) =>
            Xml(http, stream => sitemap.WriteRootAsync(stream, BaseUrl(http), http.RequestAborted)));
        app.MapGet("/sitemap-categories.xml", (HttpContext http, SitemapService sitemap) =>
            Xml(http, stream => sitemap.WritePartAsync(stream, BaseUrl(http), null, http.RequestAborted)));
        app.MapGet("/sitemap-products-{page:int:min(1)}.xml", (int page, HttpContext http, SitemapService sitemap) =>
            Xml(http, stream => sitemap.WritePartAsync(stream, BaseUrl(http), page, http.RequestAborted)));
    }

    private static IResult Xml(HttpContext http, Func<Stream, Task> write) =>
        Results.Stream(async stream => await write(stream), "application/xml; charset=utf-8");

    // Store:PublicUrl, never the request's Host: a forged Host header must not end up in what crawlers store.
    private static string BaseUrl(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<StoreBranding>>().Value.PublicUrl.TrimEnd('/');
}
