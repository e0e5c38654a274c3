namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// One kind of generated product for a leaf category: the nouns it can be called (each with its illustration), the
/// materials or qualities that fit it, its price range, and whether its three variants are sizes or colours.
/// </summary>
internal sealed record LargeCatalogFamily(
    string Category,
    (string Noun, string Art)[] Nouns,
    string[] Materials,
    decimal MinPrice,
    decimal MaxPrice,
    int Grams,
    string[]? Sizes = null);

/// <summary>Word lists for names like "Relaxed Linen Shirt": an adjective, a material and a noun from one family.</summary>
internal static class LargeCatalogWords
{
    public static readonly string[] Adjectives =
    [
        "Relaxed", "Classic", "Everyday", "Heritage", "Modern", "Minimal", "Vintage", "Coastal", "Urban", "Essential",
        "Nordic", "Studio", "Weekend", "Signature", "Artisan", "Compact", "Original", "Alpine", "Harbour", "Summit",
        "Field", "Meadow", "Canyon", "Midnight", "Sunday", "Atlas", "Ember", "Tidal", "Northern", "Softline",
    ];

    private static readonly string[] ApparelSizes = ["S", "M", "L"];
    private static readonly string[] ShoeSizes = ["40", "42", "44"];

    public static readonly IReadOnlyList<LargeCatalogFamily> Families =
    [
        new("t-shirts", [("T-Shirt", "tshirt"), ("Pocket Tee", "tshirt"), ("Henley", "tshirt"), ("Shirt", "tshirt")],
            ["Cotton", "Linen", "Merino", "Bamboo", "Slub Cotton"], 15, 70, 190, ApparelSizes),
        new("hoodies-sweatshirts", [("Hoodie", "hoodie"), ("Zip Hoodie", "hoodie"), ("Sweatshirt", "hoodie")],
            ["Fleece", "Terry", "Cotton", "Recycled Fleece"], 35, 110, 560, ApparelSizes),
        new("outerwear", [("Jacket", "jacket"), ("Parka", "jacket"), ("Overshirt", "jacket"), ("Scarf", "scarf")],
            ["Waxed Cotton", "Nylon", "Wool", "Denim", "Corduroy"], 40, 300, 900, ApparelSizes),
        new("jeans-trousers", [("Jeans", "jeans"), ("Chinos", "jeans"), ("Trousers", "jeans"), ("Cargo Pants", "jeans")],
            ["Denim", "Twill", "Corduroy", "Linen", "Canvas"], 40, 160, 650, ApparelSizes),
        new("dresses", [("Dress", "dress"), ("Midi Dress", "dress"), ("Wrap Dress", "dress"), ("Shirt Dress", "dress")],
            ["Linen", "Cotton", "Silk", "Jersey", "Poplin"], 45, 220, 350, ApparelSizes),
        new("sneakers", [("Sneakers", "sneakers"), ("Trainers", "sneakers"), ("Runners", "sneakers")],
            ["Canvas", "Leather", "Suede", "Knit", "Mesh"], 50, 220, 900, ShoeSizes),
        new("boots", [("Boots", "boots"), ("Chelsea Boots", "boots"), ("Hiking Boots", "boots")],
            ["Leather", "Suede", "Waxed Leather", "Nubuck"], 90, 300, 1400, ShoeSizes),
        new("bags", [("Backpack", "backpack"), ("Tote", "tote"), ("Wallet", "wallet"), ("Daypack", "backpack")],
            ["Canvas", "Leather", "Nylon", "Waxed Canvas", "Cork"], 20, 220, 600),
        new("hats", [("Cap", "cap"), ("Beanie", "beanie"), ("Bucket Hat", "cap")],
            ["Cotton", "Wool", "Merino", "Corduroy", "Nylon"], 12, 45, 110),
        new("watches-jewellery", [("Watch", "watch"), ("Field Watch", "watch"), ("Dive Watch", "watch")],
            ["Steel", "Titanium", "Brass", "Ceramic"], 60, 300, 160),
        new("eyewear", [("Sunglasses", "sunglasses"), ("Aviators", "sunglasses"), ("Round Sunglasses", "sunglasses")],
            ["Acetate", "Titanium", "Bamboo", "Steel"], 25, 180, 90),
        new("kitchen", [("Mug", "mug"), ("Water Bottle", "water-bottle"), ("Travel Mug", "mug"), ("Tumbler", "water-bottle")],
            ["Stoneware", "Enamel", "Porcelain", "Steel", "Glass"], 8, 60, 380),
        new("decor", [("Cushion", "cushion"), ("Planter", "plant-pot"), ("Candle", "candle"), ("Throw Pillow", "cushion")],
            ["Linen", "Terracotta", "Soy Wax", "Velvet", "Ceramic"], 10, 90, 600),
        new("lighting", [("Table Lamp", "lamp"), ("Reading Lamp", "lamp"), ("Desk Lamp", "lamp")],
            ["Brass", "Ceramic", "Rattan", "Oak", "Marble"], 45, 300, 2200),
        new("audio", [("Headphones", "headphones"), ("Wireless Headphones", "headphones"), ("Earmuffs", "headphones")],
            ["Studio", "Bluetooth", "Noise-Cancelling", "Foldable"], 30, 300, 320),
        new("phone-accessories", [("Phone Case", "phone-case"), ("Folio Case", "phone-case"), ("Bumper Case", "phone-case")],
            ["Silicone", "Leather", "Bioplastic", "Clear", "Cork"], 9, 60, 40),
        new("fitness", [("Yoga Mat", "yoga-mat"), ("Running Socks", "socks"), ("Sports Bottle", "water-bottle")],
            ["Rubber", "Cork", "Merino", "Recycled", "Bamboo"], 8, 120, 700),
        new("stationery", [("Notebook", "notebook"), ("Sketchbook", "notebook"), ("Journal", "notebook"), ("Planner", "notebook")],
            ["Linen", "Leather", "Kraft", "Cloth", "Recycled Paper"], 5, 45, 280),
    ];
}
