using Commerce.Core.Inventory;

namespace Commerce.Web.Storefront.Catalog;

/// <summary>schema.org/Product with one Offer per variant, for rich results in search engines.</summary>
internal static class ProductStructuredData
{
    public static object For(ProductDetails product, string baseUri)
    {
        var root = baseUri.TrimEnd('/');
        string Absolute(string url) => url.StartsWith("http", StringComparison.Ordinal) ? url : root + url;
        return new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = product.Name,
            ["description"] = product.ShortDescription ?? product.Description,
            ["image"] = product.Images.Select(i => Absolute(i.Url)).ToArray(),
            ["sku"] = product.Variants.FirstOrDefault()?.Sku,
            ["brand"] = new Dictionary<string, object?> { ["@type"] = "Brand", ["name"] = product.VendorName },
            ["offers"] = product.Variants.Select(v => new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["sku"] = v.Sku,
                ["name"] = v.Name,
                ["url"] = $"{root}/p/{product.Slug}?variant={v.Id}",
                ["price"] = v.Price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                ["priceCurrency"] = product.Currency,
                ["availability"] = v.Stock switch
                {
                    StockStatus.SoldOut => "https://schema.org/OutOfStock",
                    StockStatus.Backorder => "https://schema.org/BackOrder",
                    StockStatus.LowStock => "https://schema.org/LimitedAvailability",
                    _ => "https://schema.org/InStock",
                },
            }).ToArray(),
        };
    }
}
