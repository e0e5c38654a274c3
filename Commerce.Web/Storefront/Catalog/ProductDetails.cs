using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;

namespace Commerce.Web.Storefront.Catalog;

public sealed record ProductImageView(string Url, string AltText);

public sealed record VariantView(
    int Id,
    string Name,
    string Sku,
    Dictionary<string, string> Options,
    decimal Price,
    decimal? WasPrice,
    string? ImageUrl,
    StockStatus Stock,
    int Available)
{
    public StockState StockState => new(Stock, Available);
    public bool CanBuy => StockState.CanBuy;
}

/// <summary>Everything the product page shows, read with a fixed number of queries (see ProductDetailsService).</summary>
public sealed record ProductDetails(
    int Id,
    string Slug,
    string Name,
    string VendorName,
    string VendorSlug,
    int CategoryId,
    string? ShortDescription,
    string? Description,
    string? SeoTitle,
    string? SeoDescription,
    string Currency,
    bool IsDigital,
    IReadOnlyList<ProductImageView> Images,
    IReadOnlyList<string> OptionNames,
    IReadOnlyList<VariantView> Variants,
    string ShippingEstimate)
{
    public Money Money(decimal amount) => new(amount, Currency);

    public VariantMatrix Matrix() => new(OptionNames,
        Variants.Select(v => new VariantChoice(v.Id, v.Options, v.CanBuy)).ToList());
}
