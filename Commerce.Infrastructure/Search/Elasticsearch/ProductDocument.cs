using System.Text;
using System.Text.Json.Serialization;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>
/// What the index holds for one sellable product: everything a listing filters, sorts, facets or shows on a card,
/// so a search never goes back to the database. Field names are the index's (snake_case), see <see cref="ProductFields"/>.
/// </summary>
public sealed class ProductDocument
{
    [JsonPropertyName(ProductFields.Id)] public int Id { get; init; }
    [JsonPropertyName(ProductFields.Slug)] public string Slug { get; init; } = "";
    [JsonPropertyName(ProductFields.Name)] public string Name { get; init; } = "";
    [JsonPropertyName(ProductFields.VendorName)] public string VendorName { get; init; } = "";
    [JsonPropertyName(ProductFields.VendorSlug)] public string VendorSlug { get; init; } = "";
    /// <summary>The product's category and all its ancestors, so a filter on any level of the tree matches.</summary>
    [JsonPropertyName(ProductFields.CategoryIds)] public IReadOnlyList<int> CategoryIds { get; init; } = [];
    [JsonPropertyName(ProductFields.CategoryNames)] public IReadOnlyList<string> CategoryNames { get; init; } = [];
    /// <summary>The product's SKU and those of its active variants.</summary>
    [JsonPropertyName(ProductFields.Skus)] public IReadOnlyList<string> Skus { get; init; } = [];
    [JsonPropertyName(ProductFields.ShortDescription)] public string? ShortDescription { get; init; }
    [JsonPropertyName(ProductFields.Description)] public string? Description { get; init; }
    /// <summary>The cheapest active variant's price: what the card shows, what price filters and sorts use.</summary>
    [JsonPropertyName(ProductFields.PriceMin)] public decimal PriceMin { get; init; }
    [JsonPropertyName(ProductFields.PriceMax)] public decimal PriceMax { get; init; }
    /// <summary>The cheapest variant's "was" price, only when it is above <see cref="PriceMin"/>.</summary>
    [JsonPropertyName(ProductFields.CompareAt)] public decimal? CompareAt { get; init; }
    [JsonPropertyName(ProductFields.Currency)] public string Currency { get; init; } = "";
    [JsonPropertyName(ProductFields.InStock)] public bool InStock { get; init; }
    /// <summary>Values per option of the active variants, keyed by <see cref="OptionKey"/>: {"size": ["S","M"], "colour": ["Navy"]}.</summary>
    [JsonPropertyName(ProductFields.Options)] public IReadOnlyDictionary<string, IReadOnlyList<string>> Options { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>The same, from the variants that are in stock only: "size M, in stock" must mean an M is on the shelf.</summary>
    [JsonPropertyName(ProductFields.InStockOptions)] public IReadOnlyDictionary<string, IReadOnlyList<string>> InStockOptions { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    [JsonPropertyName(ProductFields.ImageUrl)] public string? ImageUrl { get; init; }
    [JsonPropertyName(ProductFields.ImageAlt)] public string? ImageAlt { get; init; }
    [JsonPropertyName(ProductFields.PublishedAt)] public DateTimeOffset? PublishedAt { get; init; }
    [JsonPropertyName(ProductFields.SalesCount)] public int SalesCount { get; init; }
    [JsonPropertyName(ProductFields.IsFeatured)] public bool IsFeatured { get; init; }

    /// <summary>The field key of an option name: "Size" → "size", "Fabric Type" → "fabric_type" (no dots, which would nest).</summary>
    public static string OptionKey(string optionName)
    {
        var key = new StringBuilder(optionName.Length);
        foreach (var ch in optionName.Trim().ToLowerInvariant())
            key.Append(char.IsLetterOrDigit(ch) ? ch : '_');
        return key.ToString();
    }
}

/// <summary>The index's field names, shared by the document, the mapping and the queries.</summary>
public static class ProductFields
{
    public const string Id = "id";
    public const string Slug = "slug";
    public const string Name = "name";
    public const string NameAutocomplete = "name.autocomplete";
    public const string VendorName = "vendor_name";
    public const string VendorNameRaw = "vendor_name.raw";
    public const string VendorSlug = "vendor_slug";
    public const string CategoryIds = "category_ids";
    public const string CategoryNames = "category_names";
    public const string Skus = "skus";
    public const string ShortDescription = "short_description";
    public const string Description = "description";
    public const string PriceMin = "price_min";
    public const string PriceMax = "price_max";
    public const string CompareAt = "compare_at";
    public const string Currency = "currency";
    public const string InStock = "in_stock";
    public const string Options = "options";
    public const string InStockOptions = "in_stock_options";
    public const string ImageUrl = "image_url";
    public const string ImageAlt = "image_alt";
    public const string PublishedAt = "published_at";
    public const string SalesCount = "sales_count";
    public const string IsFeatured = "is_featured";

    public static string Option(string optionName, bool inStockOnly) =>
        $"{(inStockOnly ? InStockOptions : Options)}.{ProductDocument.OptionKey(optionName)}";
}
