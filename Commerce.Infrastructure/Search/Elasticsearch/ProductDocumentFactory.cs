using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Search.Elasticsearch;

internal sealed record ProductRow(int Id, string Slug, string Name, string Sku, string? ShortDescription, string? Description,
    string Currency, decimal BasePrice, decimal? CompareAtPrice, bool TrackInventory, int CategoryId, DateTimeOffset? PublishedAt,
    int SalesCount, bool IsFeatured, string VendorName, string VendorSlug, string? ImageUrl, string? ImageAlt);

internal sealed record VariantRow(int ProductId, string Sku, IReadOnlyDictionary<string, string> Options, decimal? PriceOverride,
    decimal? CompareAtPrice, int Available);

internal sealed record CategoryRow(int Id, int? ParentId, string Name, string Slug, bool IsActive);

internal sealed record CategoryChain(IReadOnlyList<int> Ids, IReadOnlyList<string> Names);

/// <summary>The category tree in memory (it is small): each category's chain up to the root, and which chains are all active.</summary>
internal sealed class CategoryChains
{
    private readonly Dictionary<int, CategoryChain> _chains = [];

    private CategoryChains(IReadOnlyCollection<CategoryRow> rows)
    {
        Rows = rows;
        var byId = rows.ToDictionary(r => r.Id);
        var active = new List<int>();
        foreach (var row in rows)
        {
            var ids = new List<int>();
            var names = new List<string>();
            var allActive = true;
            // The depth cap only guards against a corrupt parent loop; the domain forbids one.
            for (var current = (int?)row.Id; current is { } id && byId.TryGetValue(id, out var node) && ids.Count < 64; current = node.ParentId)
            {
                ids.Add(node.Id);
                names.Add(node.Name);
                allActive &= node.IsActive;
            }
            _chains[row.Id] = new CategoryChain(ids, names);
            if (allActive) active.Add(row.Id);
        }
        ActiveIds = [.. active];
    }

    public IReadOnlyCollection<CategoryRow> Rows { get; }

    /// <summary>Categories shown in the store: active, and so is every ancestor.</summary>
    public int[] ActiveIds { get; }

    public CategoryChain ChainOf(int categoryId) => _chains.GetValueOrDefault(categoryId) ?? new CategoryChain([categoryId], []);

    public static CategoryChains From(IEnumerable<CategoryRow> rows) => new([.. rows]);

    public static async Task<CategoryChains> LoadAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Categories.AsNoTracking()
            .Select(c => new CategoryRow(c.Id, c.ParentId, c.Name, c.Slug, c.IsActive)).ToListAsync(cancellationToken);
        return From(rows);
    }
}

/// <summary>Turns one product's rows into its document: the same price and stock rules as the product page.</summary>
internal static class ProductDocumentFactory
{
    public static ProductDocument Create(ProductRow product, IReadOnlyList<VariantRow> activeVariants, CategoryChain category)
    {
        if (activeVariants.Count == 0) throw new ArgumentException("A sellable product has at least one active variant.", nameof(activeVariants));

        decimal PriceOf(VariantRow v) => v.PriceOverride ?? product.BasePrice;
        bool InStock(VariantRow v) => !product.TrackInventory || v.Available > 0;

        var cheapest = activeVariants.MinBy(PriceOf)!;
        var price = PriceOf(cheapest);
        var compareAt = cheapest.CompareAtPrice ?? product.CompareAtPrice;

        return new ProductDocument
        {
            Id = product.Id,
            Slug = product.Slug,
            Name = product.Name,
            VendorName = product.VendorName,
            VendorSlug = product.VendorSlug,
            CategoryIds = category.Ids,
            CategoryNames = category.Names,
            Skus = activeVariants.Select(v => v.Sku).Prepend(product.Sku).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            ShortDescription = product.ShortDescription,
            Description = product.Description,
            PriceMin = price,
            PriceMax = activeVariants.Max(PriceOf),
            CompareAt = compareAt > price ? compareAt : null,
            Currency = product.Currency.Trim(),
            InStock = activeVariants.Any(InStock),
            Options = OptionValues(activeVariants),
            InStockOptions = OptionValues(activeVariants.Where(InStock)),
            ImageUrl = product.ImageUrl,
            ImageAlt = product.ImageAlt,
            PublishedAt = product.PublishedAt,
            SalesCount = product.SalesCount,
            IsFeatured = product.IsFeatured,
        };
    }

    /// <summary>{"size": ["S","M"]} in variant order, each value once whatever its casing (the first spelling wins).</summary>
    private static Dictionary<string, IReadOnlyList<string>> OptionValues(IEnumerable<VariantRow> variants) =>
        variants
            .SelectMany(v => v.Options)
            .Where(o => !string.IsNullOrWhiteSpace(o.Key) && !string.IsNullOrWhiteSpace(o.Value))
            .GroupBy(o => ProductDocument.OptionKey(o.Key))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(o => o.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList());
}
