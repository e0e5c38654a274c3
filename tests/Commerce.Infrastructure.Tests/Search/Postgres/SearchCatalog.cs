using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

/// <summary>
/// The fixed catalog every search test reads. Listed (Active, approved vendor, active category):
/// <code>
/// product               vendor     category       price     options (stock)                        sold
/// Classic T-Shirt       northwind  T-Shirts       20 / L 22 S,M,L × Navy,White (M/Navy sold out)    50
/// Linen Shirt           northwind  Tops           45        M,L × White                             30
/// Cotton Overshirt      northwind  Tops           60        M,L × Olive   ("lined with soft linen")  5
/// Zip Hoodie            northwind  Tops           55        M,L × Navy (all sold out)               12
/// Merino Sweater        atelier    Knitwear       90 (120)  S,M,L,XL × Grey (XL sold out)           40
/// Wool Beanie           atelier    Knitwear       25        one size, backorder, no stock            8
/// Crème Brûlée Candle   atelier    Candles        18        no options                              70
/// Trail Runner          northwind  Footwear       80        sizes 10, 9, 8 × Black                  20
/// Gift Card             atelier    Home           50        no options, stock not tracked            1
/// </code>
/// Never listed: Phantom Tee (draft), Vintage Ringer Tee (archived), Bargain Tee (suspended vendor),
/// Clearance Socks (inactive category).
/// </summary>
public static class SearchCatalog
{
    public const string Northwind = "northwind-threads";
    public const string Atelier = "atelier-creme";
    public const string Shady = "shady-deals";

    public static readonly string[] Listed =
    [
        "Classic T-Shirt", "Linen Shirt", "Cotton Overshirt", "Zip Hoodie", "Merino Sweater",
        "Wool Beanie", "Crème Brûlée Candle", "Trail Runner", "Gift Card",
    ];

    private static readonly DateTimeOffset FirstDay = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(CommerceDbContext db)
    {
        var northwind = Vendor("Northwind Threads", Northwind);
        var atelier = Vendor("Atelier Crème", Atelier);
        var shady = Vendor("Shady Deals", Shady);
        var clothing = new Category("Clothing", "clothing");
        var tops = new Category("Tops", "tops", clothing);
        var tshirts = new Category("T-Shirts", "t-shirts", tops);
        var knitwear = new Category("Knitwear", "knitwear", clothing);
        var footwear = new Category("Footwear", "footwear", clothing);
        var home = new Category("Home", "home");
        var candles = new Category("Candles", "candles", home);
        var clearance = new Category("Clearance", "clearance");
        var main = new Warehouse("MAIN", "Main", "GB", isDefault: true);
        var east = new Warehouse("EAST", "East", "GB");
        db.AddRange(northwind, atelier, shady, clothing, home, clearance, main, east);
        await db.SaveChangesAsync();

        var stock = new List<(ProductVariant Variant, int OnHand)>();
        var products = new List<(Product Product, int Sold)>();
        Product Add(string name, Vendor vendor, Category category, decimal price, int sold, string? description = null)
        {
            var product = new Product(vendor.Id, category.Id, name, Slug.From(name), Slug.From(name).ToUpperInvariant(), new Money(price, "USD"));
            product.Describe($"{name} from {vendor.Name}", description);
            product.AddImage($"/images/{Slug.From(name)}.jpg", name);
            products.Add((product, sold));
            return product;
        }
        void Variants(Product product, string[] sizes, string[] colours, Func<string, string, int> onHand, Func<string, decimal?>? price = null)
        {
            foreach (var size in sizes)
                foreach (var colour in colours)
                {
                    var options = new Dictionary<string, string> { ["Size"] = size, ["Colour"] = colour };
                    var variant = product.AddVariant($"{product.Sku}-{size}-{colour}".ToUpperInvariant(), options, price?.Invoke(size));
                    stock.Add((variant, onHand(size, colour)));
                }
        }

        var tee = Add("Classic T-Shirt", northwind, tshirts, 20m, 50, "Our everyday tee in heavyweight organic cotton.");
        Variants(tee, ["S", "M", "L"], ["Navy", "White"], (s, c) => s == "M" && c == "Navy" ? 0 : 5, s => s == "L" ? 22m : null);
        Variants(Add("Linen Shirt", northwind, tops, 45m, 30, "Breathable linen for warm days."), ["M", "L"], ["White"], (_, _) => 3);
        Variants(Add("Cotton Overshirt", northwind, tops, 60m, 5, "A sturdy overshirt, lined with soft linen."), ["M", "L"], ["Olive"], (_, _) => 2);
        Variants(Add("Zip Hoodie", northwind, tops, 55m, 12), ["M", "L"], ["Navy"], (_, _) => 0);
        var sweater = Add("Merino Sweater", atelier, knitwear, 90m, 40, "Fine merino wool, knitted in Scotland.");
        sweater.Reprice(new Money(90m, "USD"), compareAtPrice: 120m);
        Variants(sweater, ["S", "M", "L", "XL"], ["Grey"], (s, _) => s == "XL" ? 0 : 4);
        var beanie = Add("Wool Beanie", atelier, knitwear, 25m, 8);
        beanie.SetInventoryPolicy(trackInventory: true, allowBackorder: true);
        stock.Add((beanie.AddVariant("WOOL-BEANIE-ONE", new Dictionary<string, string>()), 0));
        stock.Add((Add("Crème Brûlée Candle", atelier, candles, 18m, 70, "Hand-poured soy wax.").AddVariant("CANDLE-1", new Dictionary<string, string>()), 10));
        var runner = Add("Trail Runner", northwind, footwear, 80m, 20);
        foreach (var size in new[] { "10", "9", "8" })
            stock.Add((runner.AddVariant($"TRAIL-{size}", new Dictionary<string, string> { ["Size"] = size, ["Colour"] = "Black" }), 6));
        var giftCard = Add("Gift Card", atelier, home, 50m, 1);
        giftCard.SetInventoryPolicy(trackInventory: false, allowBackorder: false);
        giftCard.AddVariant("GIFT-50", new Dictionary<string, string>());

        var hidden = new[]
        {
            Add("Phantom Tee", northwind, tshirts, 15m, 0),
            Add("Vintage Ringer Tee", northwind, tshirts, 15m, 0),
            Add("Bargain Tee", shady, tshirts, 5m, 0),
            Add("Clearance Socks", northwind, clearance, 4m, 0),
        };
        foreach (var product in hidden)
            Variants(product, ["M"], ["Black"], (_, _) => 9);

        for (var i = 0; i < products.Count; i++)
            if (products[i].Product.Name != "Phantom Tee") products[i].Product.Publish(FirstDay.AddDays(i));
        db.AddRange(products.Select(p => p.Product));
        await db.SaveChangesAsync();

        db.AddRange(stock.Select(s => new InventoryLevel(s.Variant.Id, main.Id, s.OnHand)));
        db.Add(new InventoryLevel(tee.Variants.First(v => v.Sku == "CLASSIC-T-SHIRT-S-NAVY").Id, east.Id, 0));
        hidden.Single(p => p.Name == "Vintage Ringer Tee").Archive();
        shady.Suspend();
        clearance.Deactivate();
        await db.SaveChangesAsync();

        // Sales counts come from a background job in the app; here they go straight in (and through the triggers).
        foreach (var (product, sold) in products)
            await db.Database.ExecuteSqlAsync($"UPDATE products SET sales_count = {sold} WHERE id = {product.Id}");
    }

    private static Vendor Vendor(string name, string slug)
    {
        var vendor = new Vendor(name, slug, $"{slug}@vendors.example", 0.15m);
        vendor.Approve(FirstDay);
        return vendor;
    }
}
