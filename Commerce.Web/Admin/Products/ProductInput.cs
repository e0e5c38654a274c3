using Commerce.Core.Catalog;

namespace Commerce.Web.Admin.Products;

/// <summary>The product form: everything about a product except its variants, images and stock.</summary>
public sealed class ProductInput
{
    public string Name { get; set; } = "";
    public string? Slug { get; set; }
    public string Sku { get; set; } = "";
    public string? ShortDescription { get; set; }
    public string? Description { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public int? CategoryId { get; set; }
    public int? VendorId { get; set; }
    public decimal? BasePrice { get; set; }
    public decimal? CompareAtPrice { get; set; }
    public decimal? CostPrice { get; set; }
    public bool IsFeatured { get; set; }
    public bool IsDigital { get; set; }
    public bool TrackInventory { get; set; } = true;
    public bool AllowBackorder { get; set; }
    public ProductStatus Status { get; set; } = ProductStatus.Draft;
}

/// <summary>One row of the variants editor. New rows (no <see cref="Id"/>) come from "generate combinations".</summary>
public sealed class VariantInput
{
    public int? Id { get; set; }
    public Dictionary<string, string> Options { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string Sku { get; set; } = "";
    public decimal? PriceOverride { get; set; }
    public decimal? CompareAtPrice { get; set; }
    public string? ImageUrl { get; set; }
    public bool IsActive { get; set; } = true;
    public string Name => Options.Count == 0 ? "Default" : string.Join(" / ", Options.Values);
}

/// <summary>One option row of the variants editor: a name and its values typed as a comma-separated list.</summary>
public sealed class OptionInput
{
    public string Name { get; set; } = "";
    public string Values { get; set; } = "";

    public IEnumerable<string> ValueList => Values.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

public sealed record ImageView(int Id, string Url, string AltText, bool IsPrimary, int SortOrder, IReadOnlyList<int> VariantIds);

/// <summary>A product as its editor opens it.</summary>
public sealed record ProductEditorModel(int Id, string Slug, string Currency, ProductInput Input, IReadOnlyList<VariantInput> Variants,
    IReadOnlyList<ImageView> Images, DateTimeOffset UpdatedAt);
