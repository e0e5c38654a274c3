using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Catalog.Csv;

public sealed partial class CatalogImporter
{
    // Everything the database decides, checked before anything is written: the file is refused as a whole on any problem.
    private async Task<List<ImportProblem>> CheckAsync(List<CatalogCsvRow> rows, CancellationToken cancellationToken)
    {
        var problems = new List<ImportProblem>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lookups = await Lookups.LoadAsync(db, rows, cancellationToken);
        foreach (var row in rows)
        {
            if (!lookups.Categories.ContainsKey(row.CategorySlug)) problems.Add(new(row.Line, "Category", $"No category has the slug '{row.CategorySlug}'."));
            if (!lookups.Vendors.ContainsKey(row.VendorSlug)) problems.Add(new(row.Line, "Vendor", $"No vendor has the slug '{row.VendorSlug}'."));
        }
        foreach (var duplicate in rows.GroupBy(r => r.VariantSku).Where(g => g.Count() > 1))
            foreach (var row in duplicate.Skip(1))
                problems.Add(new(row.Line, "VariantSku", $"{row.VariantSku} is already on line {duplicate.First().Line}."));
        foreach (var product in rows.GroupBy(r => r.ProductSku))
        {
            var slugs = product.Select(r => r.Slug).Distinct().Count();
            if (slugs > 1) problems.Add(new(product.Skip(1).First(r => r.Slug != product.First().Slug).Line, "Slug", $"Rows of {product.Key} give different slugs."));
            foreach (var sameOptions in product.GroupBy(r => Core.Catalog.VariantCombinations.SuggestSku("", r.Options)).Where(g => g.Count() > 1))
                problems.Add(new(sameOptions.Skip(1).First().Line, "Options", $"Two variants of {product.Key} have the same options."));
        }

        var variantSkus = rows.Select(r => r.VariantSku).Distinct().ToList();
        var variants = await db.Variants.AsNoTracking().Where(v => variantSkus.Contains(v.Sku))
            .Select(v => new { v.Sku, ProductSku = v.Product.Sku, Options = EF.Property<Dictionary<string, string>>(v, "_options"),
                Reserved = db.InventoryLevels.Where(l => l.VariantId == v.Id && l.WarehouseId == lookups.WarehouseId).Select(l => (int?)l.Reserved).FirstOrDefault() ?? 0 })
            .ToDictionaryAsync(v => v.Sku, cancellationToken);
        foreach (var row in rows)
        {
            if (!variants.TryGetValue(row.VariantSku, out var variant)) continue;
            if (variant.ProductSku != row.ProductSku)
                problems.Add(new(row.Line, "VariantSku", $"{row.VariantSku} belongs to product {variant.ProductSku}, not {row.ProductSku}."));
            else if (!Core.Catalog.VariantCombinations.Same(variant.Options, row.Options))
                problems.Add(new(row.Line, "Options", $"{row.VariantSku} exists with options {CatalogCsv.FormatOptions(variant.Options)}; options of an existing variant cannot change."));
            if (row.Stock is { } stock && stock < variant.Reserved)
                problems.Add(new(row.Line, "Stock", $"{variant.Reserved} unit(s) are reserved for unpaid orders; stock cannot be set below that."));
        }

        var slugged = rows.Where(r => r.Slug is not null).GroupBy(r => r.Slug!).ToList();
        var slugNames = slugged.Select(g => g.Key).ToList();
        var slugOwners = await db.Products.AsNoTracking().Where(p => slugNames.Contains(p.Slug)).Select(p => new { p.Slug, p.Sku }).ToDictionaryAsync(p => p.Slug, p => p.Sku, cancellationToken);
        foreach (var group in slugged)
        {
            if (group.Select(r => r.ProductSku).Distinct().Count() > 1)
                problems.Add(new(group.First(r => r.ProductSku != group.First().ProductSku).Line, "Slug", $"Two products in the file use the slug {group.Key}."));
            else if (slugOwners.TryGetValue(group.Key, out var owner) && owner != group.First().ProductSku)
                problems.Add(new(group.First().Line, "Slug", $"Product {owner} already uses the slug {group.Key}."));
        }

        return problems;
    }

    /// <summary>Ids for the slugs a file names, the default warehouse, the store currency, and free slugs for new products.</summary>
    private sealed class Lookups
    {
        private readonly HashSet<string> _takenSlugs = new(StringComparer.Ordinal);

        public Dictionary<string, int> Categories { get; private init; } = new();
        public Dictionary<string, int> Vendors { get; private init; } = new();
        public int WarehouseId { get; private init; }
        public string Currency { get; private init; } = Core.Common.Currency.Default;

        public static async Task<Lookups> LoadAsync(CommerceDbContext db, List<CatalogCsvRow> rows, CancellationToken cancellationToken)
        {
            var categorySlugs = rows.Select(r => r.CategorySlug).Distinct().ToList();
            var vendorSlugs = rows.Select(r => r.VendorSlug).Distinct().ToList();
            var lookups = new Lookups
            {
                Categories = await db.Categories.AsNoTracking().Where(c => categorySlugs.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken),
                Vendors = await db.Vendors.AsNoTracking().Where(v => vendorSlugs.Contains(v.Slug)).ToDictionaryAsync(v => v.Slug, v => v.Id, cancellationToken),
                WarehouseId = await db.Warehouses.AsNoTracking().OrderByDescending(w => w.IsDefault).ThenBy(w => w.Id).Select(w => w.Id).FirstAsync(cancellationToken),
                Currency = await db.Products.AsNoTracking().Select(p => p.Currency).FirstOrDefaultAsync(cancellationToken) ?? Core.Common.Currency.Default,
            };
            // Every slug in use (a few MB for 100,000 products), so "name-2" is known to be free before it is given out.
            foreach (var taken in await db.Products.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken)) lookups._takenSlugs.Add(taken);
            foreach (var taken in await db.ProductSlugRedirects.AsNoTracking().Select(r => r.OldSlug).ToListAsync(cancellationToken)) lookups._takenSlugs.Add(taken);
            foreach (var slug in rows.Where(r => r.Slug is not null).Select(r => r.Slug!)) lookups._takenSlugs.Add(slug);
            return lookups;
        }

        public string NewSlug(string name)
        {
            var slug = Slug.From(name);
            var candidate = slug;
            for (var n = 2; !_takenSlugs.Add(candidate); n++) candidate = $"{slug}-{n}";
            return candidate;
        }
    }
}
