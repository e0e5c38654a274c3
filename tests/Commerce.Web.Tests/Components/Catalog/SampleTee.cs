using Commerce.Core.Inventory;
using Commerce.Web.Storefront.Catalog;

namespace Commerce.Web.Tests.Components.Catalog;

/// <summary>
/// The product page's view of a tee in Size (S, M, L) × Colour (Red, Blue), built by hand.
/// L/Blue is not made, M/Red is sold out, S/Blue is low on stock, S/Red is on sale; each variant has its own price and SKU.
/// </summary>
public sealed record SampleTee(int ProductId, int SmallRed, int SmallBlue, int MediumRed, int MediumBlue, int LargeRed)
{
    public const string Slug = "organic-tee";
    public const string RedImage = "/assets/catalog/tee-red.jpg";
    public const string BlueImage = "/assets/catalog/tee-blue.jpg";
    public const string LargeRedImage = "/assets/catalog/tee-red-large.jpg";

    /// <summary>Ids for tests that never reach the database.</summary>
    public static SampleTee Offline { get; } = new(70, 701, 702, 703, 704, 705);

    public ProductDetails Details() => new(
        ProductId, Slug, "Organic Tee", "Acme Apparel", "acme-apparel", CategoryId: 1,
        "Soft organic cotton.", Description: null, SeoTitle: null, SeoDescription: null, "USD", IsDigital: false,
        [new(RedImage, "Organic Tee in red"), new(BlueImage, "Organic Tee in blue")],
        ["Size", "Colour"],
        [
            Variant(SmallRed, "S", "Red", 20.00m, wasPrice: 25.00m, RedImage, StockStatus.InStock, 12),
            Variant(SmallBlue, "S", "Blue", 21.00m, wasPrice: null, BlueImage, StockStatus.LowStock, 3),
            Variant(MediumRed, "M", "Red", 22.00m, wasPrice: null, RedImage, StockStatus.SoldOut, 0),
            Variant(MediumBlue, "M", "Blue", 23.00m, wasPrice: null, BlueImage, StockStatus.InStock, 8),
            Variant(LargeRed, "L", "Red", 24.00m, wasPrice: null, LargeRedImage, StockStatus.InStock, 20),
        ],
        "Ships in 2–4 business days");

    public static string SkuOf(string size, string colour) => $"TEE-{size}-{colour.ToUpperInvariant()}";

    private static VariantView Variant(int id, string size, string colour, decimal price, decimal? wasPrice, string image,
        StockStatus stock, int available) =>
        new(id, $"{size} / {colour}", SkuOf(size, colour), new() { ["Size"] = size, ["Colour"] = colour },
            price, wasPrice, image, stock, available);
}
