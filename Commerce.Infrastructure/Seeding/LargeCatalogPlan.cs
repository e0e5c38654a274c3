using System.Text.Json;

namespace Commerce.Infrastructure.Seeding;

/// <summary>A generated product, planned in memory before any row is written.</summary>
internal sealed record PlannedProduct(
    int Id,
    int VendorId,
    string VendorName,
    int CategoryId,
    string Name,
    string Noun,
    string Material,
    string Adjective,
    string Art,
    decimal Price,
    decimal? CompareAt,
    int Grams,
    DateTimeOffset PublishedAt,
    PlannedVariant[] Variants)
{
    public string Slug => $"{Core.Common.Slug.From(Name)}-{Id}";
    public string Sku => $"LC-{Id:D7}";
    public string ShortDescription => $"{Material} {Noun.ToLowerInvariant()} from the {Adjective} collection by {VendorName}.";
    public string Description => $"{ShortDescription} Every piece is made to be used daily and built to last, " +
        "and ships from our main warehouse within two working days.";
}

/// <summary>One of a generated product's three variants: a size, or a colour with its own image.</summary>
internal sealed record PlannedVariant(int Id, string Name, string Sku, string OptionsJson, string ImageUrl, int OnHand);

/// <summary>Builds the plan for N products from the word lists, spread evenly over categories and vendors.</summary>
internal sealed class LargeCatalogPlan(
    IReadOnlyList<(LargeCatalogFamily Family, int CategoryId)> families,
    IReadOnlyList<(int Id, string Name)> vendors,
    Random random,
    DateTimeOffset now)
{
    private static readonly string[] Colours = [.. DemoColours.All];
    private readonly Dictionary<(string, string), string> _optionsJson = [];

    public PlannedProduct Plan(int index, int productId, ReadOnlySpan<int> variantIds)
    {
        var (family, categoryId) = families[index % families.Count];
        var vendor = vendors[index % vendors.Count];
        var (noun, art) = family.Nouns[random.Next(family.Nouns.Length)];
        var material = family.Materials[random.Next(family.Materials.Length)];
        var adjective = LargeCatalogWords.Adjectives[random.Next(LargeCatalogWords.Adjectives.Length)];
        var colours = PickColours();
        var whole = random.Next((int)family.MinPrice, (int)family.MaxPrice);
        var price = whole + 0.99m;
        decimal? compareAt = random.Next(100) < 15 ? Math.Round(price * 1.25m) : null;
        var grams = (int)(family.Grams * (0.9 + random.NextDouble() * 0.2));
        var publishedAt = now.AddDays(-random.Next(0, 365)).AddMinutes(-random.Next(0, 24 * 60));
        var sku = $"LC-{productId:D7}";

        var variants = new PlannedVariant[variantIds.Length];
        for (var i = 0; i < variants.Length; i++)
        {
            var colour = family.Sizes is null ? colours[i] : colours[0];
            var (key, value) = family.Sizes is { } sizes ? ("Size", sizes[i]) : ("Colour", DemoColours.Display(colour));
            var code = family.Sizes is { } s ? s[i] : DemoColours.Code(colour);
            variants[i] = new PlannedVariant(variantIds[i], value, $"{sku}-{code}", OptionsJson(key, value),
                DemoColours.ImageUrl(art, colour), OnHand());
        }

        return new PlannedProduct(productId, vendor.Id, vendor.Name, categoryId, $"{adjective} {material} {noun}", noun,
            material, adjective, art, price, compareAt, grams, publishedAt, variants);
    }

    // A few dozen distinct option objects cover every variant, so each is serialized once.
    private string OptionsJson(string key, string value)
    {
        if (!_optionsJson.TryGetValue((key, value), out var json))
            _optionsJson[(key, value)] = json = JsonSerializer.Serialize(new Dictionary<string, string> { [key] = value });
        return json;
    }

    private string[] PickColours()
    {
        var first = random.Next(Colours.Length);
        var step = 1 + random.Next(Colours.Length - 1);
        return [Colours[first], Colours[(first + step) % Colours.Length], Colours[(first + 2 * step) % Colours.Length]];
    }

    // About 1 in 12 sold out, 1 in 8 low, the rest 10–80.
    private int OnHand() => random.Next(100) switch
    {
        < 8 => 0,
        < 20 => random.Next(1, 6),
        _ => random.Next(10, 81),
    };
}
