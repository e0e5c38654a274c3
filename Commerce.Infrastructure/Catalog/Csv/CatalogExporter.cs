using System.Globalization;
using Commerce.Core.Catalog;
using Commerce.Infrastructure.Persistence;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Catalog.Csv;

/// <summary>Writes every product's variants with their stock as the products CSV, streamed in pages so a large catalog never sits in memory.</summary>
public sealed class CatalogExporter(IDbContextFactory<CommerceDbContext> contexts)
{
    private const int Page = 2000;

    public async Task WriteAsync(Stream output, int? vendorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var warehouseId = await db.Warehouses.AsNoTracking().OrderByDescending(w => w.IsDefault).ThenBy(w => w.Id).Select(w => w.Id).FirstOrDefaultAsync(cancellationToken);
        // The writer fills a buffer that is copied out asynchronously after each page (a response body refuses synchronous writes).
        using var buffer = new MemoryStream();
        await using var csv = CsvWriter.Create(buffer, null, leaveOpen: true);
        csv.WriteRecord(CatalogCsv.Columns.AsSpan());
        var afterId = 0;
        while (true)
        {
            var variants = db.Variants.AsNoTracking().Where(v => v.Id > afterId);
            if (vendorId is { } vendor) variants = variants.Where(v => v.Product.VendorId == vendor);
            var page = await variants.OrderBy(v => v.Id).Take(Page).Select(v => new
            {
                v.Id, ProductSku = v.Product.Sku, v.Product.Name, v.Product.Slug,
                Category = db.Categories.Where(c => c.Id == v.Product.CategoryId).Select(c => c.Slug).First(),
                Vendor = db.Vendors.Where(x => x.Id == v.Product.VendorId).Select(x => x.Slug).First(),
                v.Product.Status, v.Product.BasePrice, v.Product.CompareAtPrice, v.Product.CostPrice, v.Product.IsFeatured, v.Product.TrackInventory,
                v.Product.AllowBackorder, v.Product.ShortDescription, v.Sku, Options = EF.Property<Dictionary<string, string>>(v, "_options"), v.PriceOverride,
                Stock = db.InventoryLevels.Where(l => l.VariantId == v.Id && l.WarehouseId == warehouseId).Select(l => (int?)l.OnHand).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
            if (page.Count == 0) break;
            foreach (var v in page)
                csv.WriteRecord(new[]
                {
                    v.ProductSku, v.Name, v.Slug, v.Category, v.Vendor, v.Status.ToString(), Money(v.BasePrice), Money(v.CompareAtPrice), Money(v.CostPrice),
                    Flag(v.IsFeatured), Flag(v.TrackInventory), Flag(v.AllowBackorder), v.ShortDescription ?? "", v.Sku, CatalogCsv.FormatOptions(v.Options),
                    Money(v.PriceOverride), (v.Stock ?? 0).ToString(CultureInfo.InvariantCulture),
                }.AsSpan());
            await CopyOutAsync(csv, buffer, output, cancellationToken);
            afterId = page[^1].Id;
        }
        await CopyOutAsync(csv, buffer, output, cancellationToken);
    }

    private static async Task CopyOutAsync(CsvWriter csv, MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await csv.FlushAsync(cancellationToken);
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        buffer.SetLength(0);
    }

    private static string Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
    private static string Flag(bool value) => value ? "true" : "false";
}
