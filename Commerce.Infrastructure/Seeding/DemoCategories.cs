namespace Commerce.Infrastructure.Seeding;

/// <summary>A demo category; its tile image is /assets/categories/{slug}.svg.</summary>
internal sealed record DemoCategory(string Slug, string Name, string Description, params DemoCategory[] Children)
{
    public string ImageUrl => $"/assets/categories/{Slug}.svg";
}

internal static class DemoCategories
{
    public static readonly IReadOnlyList<DemoCategory> Tree =
    [
        new("clothing", "Clothing", "Everyday clothing built to last, from organic basics to weatherproof layers.",
            new("t-shirts", "T-shirts", "Crew necks, henleys and pocket tees in cotton, linen and merino."),
            new("hoodies-sweatshirts", "Hoodies & sweatshirts", "Heavyweight hoodies and loopback sweatshirts for cooler days."),
            new("outerwear", "Outerwear", "Field jackets, rain shells, overcoats and scarves for every kind of weather."),
            new("jeans-trousers", "Jeans & trousers", "Selvedge denim, chinos and corduroy in slim, straight and wide cuts."),
            new("dresses", "Dresses", "Wrap, midi and tea dresses in breathable natural fabrics.")),
        new("shoes", "Shoes", "Sneakers and boots made to be worn, cleaned and resoled.",
            new("sneakers", "Sneakers", "Court classics, canvas low-tops and grippy trail runners."),
            new("boots", "Boots", "Chelsea, hiking and desert boots in leather and suede.")),
        new("accessories", "Accessories", "The finishing touches: bags, hats, watches and sunglasses.",
            new("bags", "Bags", "Backpacks, totes and wallets for commuting, markets and weekends away."),
            new("hats", "Hats", "Caps and beanies in cotton, nylon and merino wool."),
            new("watches-jewellery", "Watches & jewellery", "Automatic, quartz and smart watches with long warranties."),
            new("eyewear", "Eyewear", "Polarised sunglasses in bio-acetate and titanium frames.")),
        new("home-living", "Home & living", "Homeware from small makers: ceramics, textiles, candles and lamps.",
            new("kitchen", "Kitchen", "Stoneware mugs, enamelware and insulated bottles."),
            new("decor", "Decor", "Cushions, planters and hand-poured candles."),
            new("lighting", "Lighting", "Table, reading and bedside lamps that give a warm, even light.")),
        new("electronics", "Electronics", "Audio and phone accessories chosen for sound, durability and repairability.",
            new("audio", "Audio", "Wireless, on-ear and noise-cancelling headphones."),
            new("phone-accessories", "Phone accessories", "Cases and folios for the latest iPhone and Pixel models.")),
        new("sports-outdoors", "Sports & outdoors", "Gear for running, hiking and practising yoga.",
            new DemoCategory("fitness", "Fitness", "Yoga mats, running socks and squeeze bottles.")),
        new("stationery", "Stationery", "Notebooks, sketchbooks, planners and guides for slower days."),
    ];
}
