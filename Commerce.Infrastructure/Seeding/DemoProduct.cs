using Commerce.Core.Catalog;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// One demo product as written by hand. <see cref="Art"/> names the illustration (/assets/products/{art}-{colour}.svg);
/// the first colour is the primary image. <see cref="Tagline"/> is the short description and <see cref="Detail"/> opens
/// the long one, so no two products read alike.
/// </summary>
internal sealed record DemoProduct(
    string Sku,
    string Name,
    string Category,
    string Art,
    decimal Price,
    string[] Colours,
    string[] Sizes,
    string Material,
    string Tagline,
    string Detail)
{
    public decimal? CompareAt { get; init; }
    public bool Featured { get; init; }
    public bool Backorder { get; init; }
    public bool SoldOut { get; init; }
    public bool Digital { get; init; }
    public bool RetireLastVariant { get; init; }
    public ProductStatus Status { get; init; } = ProductStatus.Active;
    /// <summary>Extra charged for a size, e.g. XL +2.00; becomes the variant's price override.</summary>
    public IReadOnlyDictionary<string, decimal> Upcharges { get; init; } = new Dictionary<string, decimal>();

    public bool HasColourOption => Colours.Length > 1;
    public string CopyKey => Digital ? "ebook" : Art;
}

internal static class Sizes
{
    public static readonly string[] None = [];
    public static readonly string[] Apparel = ["XS", "S", "M", "L", "XL"];
    public static readonly string[] Regular = ["S", "M", "L", "XL"];
    public static readonly string[] Dress = ["XS", "S", "M", "L"];
    public static readonly string[] Waist = ["28", "30", "32", "34", "36"];
    public static readonly string[] ShoesEu = ["38", "39", "40", "41", "42", "43", "44", "45"];
    public static readonly string[] Socks = ["S", "M", "L"];
    public static readonly string[] Pots = ["Small", "Medium", "Large"];
    public static readonly string[] Bottles = ["500 ml", "750 ml"];
}

/// <summary>The colours the product art is drawn in, with the short codes used in variant SKUs.</summary>
internal static class DemoColours
{
    private static readonly Dictionary<string, string> Codes = new()
    {
        ["black"] = "BLK", ["white"] = "WHT", ["navy"] = "NVY", ["red"] = "RED", ["green"] = "GRN",
        ["grey"] = "GRY", ["blue"] = "BLU", ["yellow"] = "YLW", ["pink"] = "PNK", ["brown"] = "BRN",
        ["beige"] = "BGE", ["orange"] = "ORG", ["purple"] = "PRP",
    };

    public static IReadOnlyCollection<string> All => Codes.Keys;

    public static string Code(string colour) => Codes[colour];

    public static string Display(string colour) => char.ToUpperInvariant(colour[0]) + colour[1..];

    public static string ImageUrl(string art, string colour, bool detail = false) =>
        $"/assets/products/{art}-{colour}{(detail ? "-detail" : "")}.svg";
}
