using System.Xml;
using Commerce.Core.Catalog;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Seo;

/// <summary>
/// sitemap.xml: categories and active products. Up to <see cref="PageSize"/> product URLs it is one file; a larger
/// catalog gets a sitemap index pointing at numbered product pages (search engines accept 50,000 URLs per file).
/// </summary>
public sealed class SitemapService(IDbContextFactory<CommerceDbContext> contexts)
{
    public const int PageSize = 40_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public async Task WriteRootAsync(Stream output, string baseUrl, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var productCount = await VisibleProducts(db).CountAsync(cancellationToken);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true, Indent = false });
        await xml.WriteStartDocumentAsync();
        if (productCount <= PageSize)
        {
            await xml.WriteStartElementAsync(null, "urlset", Namespace);
            await WriteCategoriesAsync(xml, db, baseUrl, cancellationToken);
            await WriteProductsAsync(xml, db, baseUrl, 0, cancellationToken);
        }
        else
        {
            await xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
            await WriteIndexEntryAsync(xml, $"{baseUrl}/sitemap-categories.xml");
            for (var page = 1; (page - 1) * PageSize < productCount; page++)
                await WriteIndexEntryAsync(xml, $"{baseUrl}/sitemap-products-{page}.xml");
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    public async Task WritePartAsync(Stream output, string baseUrl, int? productPage, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var xml = XmlWriter.Create(output, new XmlWriterSettings { Async = true });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        if (productPage is { } page) await WriteProductsAsync(xml, db, baseUrl, (page - 1) * PageSize, cancellationToken);
        else await WriteCategoriesAsync(xml, db, baseUrl, cancellationToken);
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static IQueryable<Product> VisibleProducts(CommerceDbContext db) => db.Products.AsNoTracking()
        .Where(p => p.Status == ProductStatus.Active && db.Vendors.Any(v => v.Id == p.VendorId && v.Status == VendorStatus.Approved));

    private static async Task WriteCategoriesAsync(XmlWriter xml, CommerceDbContext db, string baseUrl, CancellationToken cancellationToken)
    {
        await WriteUrlAsync(xml, $"{baseUrl}/", null);
        await foreach (var slug in db.Categories.AsNoTracking().Where(c => c.IsActive).OrderBy(c => c.Id).Select(c => c.Slug).AsAsyncEnumerable().WithCancellation(cancellationToken))
            await WriteUrlAsync(xml, $"{baseUrl}/c/{slug}", null);
        // Each selling vendor's shop page sits with the categories: both are listings.
        await foreach (var slug in db.Vendors.AsNoTracking().Where(v => v.Status == VendorStatus.Approved).OrderBy(v => v.Id).Select(v => v.Slug)
                           .AsAsyncEnumerable().WithCancellation(cancellationToken))
            await WriteUrlAsync(xml, $"{baseUrl}/v/{slug}", null);
    }

    private static async Task WriteProductsAsync(XmlWriter xml, CommerceDbContext db, string baseUrl, int skip, CancellationToken cancellationToken)
    {
        var products = VisibleProducts(db).OrderBy(p => p.Id).Skip(skip).Take(PageSize).Select(p => new { p.Slug, p.UpdatedAt });
        await foreach (var product in products.AsAsyncEnumerable().WithCancellation(cancellationToken))
            await WriteUrlAsync(xml, $"{baseUrl}/p/{product.Slug}", product.UpdatedAt);
    }

    private static async Task WriteUrlAsync(XmlWriter xml, string location, DateTimeOffset? modified)
    {
        await xml.WriteStartElementAsync(null, "url", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, location);
        if (modified is { } at) await xml.WriteElementStringAsync(null, "lastmod", Namespace, at.UtcDateTime.ToString("yyyy-MM-dd"));
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteIndexEntryAsync(XmlWriter xml, string location)
    {
        await xml.WriteStartElementAsync(null, "sitemap", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, location);
        await xml.WriteEndElementAsync();
    }
}
