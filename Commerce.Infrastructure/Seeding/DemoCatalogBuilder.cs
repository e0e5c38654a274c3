using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Marketplace;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Turns the hand-written <see cref="DemoProduct"/> definitions into products with variants and images.</summary>
internal sealed class DemoCatalogBuilder(
    IReadOnlyDictionary<string, Vendor> vendorsBySlug,
    IReadOnlyDictionary<string, Category> categoriesBySlug,
    Random random,
    DateTimeOffset now)
{
    public static IEnumerable<Category> Categories(IEnumerable<DemoCategory> definitions, Category? parent = null)
    {
        foreach (var (definition, index) in definitions.Select((d, i) => (d, i)))
        {
            var category = new Category(definition.Name, definition.Slug, parent, sortOrder: index);
            category.Describe(definition.Description, definition.ImageUrl, $"{definition.Name} | Shop {definition.Name.ToLowerInvariant()}", definition.Description);
            yield return category;
            foreach (var child in Categories(definition.Children, category)) yield return child;
        }
    }

    public Product Build(string vendorSlug, DemoProduct definition)
    {
        var vendor = vendorsBySlug[vendorSlug];
        var price = new Money(definition.Price, Currency.Default);
        var product = new Product(vendor.Id, categoriesBySlug[definition.Category].Id, definition.Name,
            Slug.From(definition.Name), definition.Sku, price);
        product.Describe(definition.Tagline, DemoCopy.LongDescription(definition));
        product.SetSeo($"{definition.Name} by {vendor.Name}", $"{definition.Tagline} Sold by {vendor.Name}.");
        // Makers' margins: the store sees cost at 38–52 % of the price.
        product.Reprice(price, definition.CompareAt, Math.Round(definition.Price * (0.38m + random.Next(0, 15) / 100m), 2));
        product.SetShipping(DemoCopy.DimensionsFor(definition, random), definition.Digital);
        product.SetInventoryPolicy(trackInventory: !definition.Digital, allowBackorder: definition.Backorder);
        product.Feature(definition.Featured);
        AddVariants(product, definition);
        AddImages(product, definition);

        var publishedAt = now.AddDays(-random.Next(0, 60)).AddHours(-random.Next(0, 24));
        if (definition.Status != ProductStatus.Draft) product.Publish(publishedAt);
        if (definition.Status == ProductStatus.Archived) product.Archive();
        return product;
    }

    private static void AddVariants(Product product, DemoProduct definition)
    {
        string[] sizes = definition.Sizes.Length > 0 ? definition.Sizes : [""];
        string[] colours = definition.HasColourOption ? definition.Colours : [""];
        foreach (var colour in colours)
            foreach (var size in sizes)
            {
                var options = new Dictionary<string, string>();
                if (size != "") options["Size"] = size;
                if (colour != "") options["Colour"] = DemoColours.Display(colour);
                var sku = string.Join("-", new[] { definition.Sku, SizeCode(size), colour == "" ? "" : DemoColours.Code(colour) }.Where(p => p != ""));
                decimal? priceOverride = definition.Upcharges.TryGetValue(size, out var extra) ? definition.Price + extra : null;
                var variant = product.AddVariant(sku, options, priceOverride);
                variant.ShowImage(DemoColours.ImageUrl(definition.Art, colour == "" ? definition.Colours[0] : colour));
            }
        // A variant the maker stopped making: kept for past orders, no longer offered.
        if (definition.RetireLastVariant) product.Variants.Last().Deactivate();
    }

    private static void AddImages(Product product, DemoProduct definition)
    {
        var first = definition.Colours[0];
        var firstName = definition.HasColourOption ? $"{definition.Name} in {first}" : definition.Name;
        product.AddImage(DemoColours.ImageUrl(definition.Art, first), firstName);
        product.AddImage(DemoColours.ImageUrl(definition.Art, first, detail: true), $"Close-up detail of the {firstName}");
        foreach (var colour in definition.Colours.Skip(1))
            product.AddImage(DemoColours.ImageUrl(definition.Art, colour), $"{definition.Name} in {colour}");
    }

    private static string SizeCode(string size) =>
        new string(size.Where(char.IsAsciiLetterOrDigit).ToArray()).ToUpperInvariant();
}
