namespace Commerce.Infrastructure.Seeding;

internal static partial class DemoProducts
{
    private static readonly IReadOnlyList<DemoProduct> Trailhead =
    [
        new("TT-HPH-001", "Studio Wireless Headphones", "audio", "headphones", 179m, ["black", "white", "navy"], Sizes.None, "recycled aluminium and memory foam",
            "Over-ear wireless headphones with a warm, detailed sound.",
            "Tuned with recording engineers, they stay honest in the mids and never boom in the bass.")
            { CompareAt = 219m, Featured = true },
        new("TT-HPH-002", "Foldable On-Ear Headphones", "audio", "headphones", 69m, ["blue", "pink", "black"], Sizes.None, "lightweight matte polycarbonate",
            "Compact on-ear headphones that fold flat into a coat pocket.",
            "At 180 grams they are light enough for a whole school day and come in colours that are easy to find in a bag."),
        new("TT-HPH-003", "Noise-Cancelling Travel Headphones", "audio", "headphones", 249m, ["black", "grey", "beige"], Sizes.None, "soft-touch composite and protein leather",
            "Adaptive noise cancelling for long flights and open-plan offices.",
            "Six microphones listen to the room and cancel engine drone and chatter, while a tap lets voices through.")
            { RetireLastVariant = true },
        new("TT-PHC-001", "Recycled Case for iPhone 16", "phone-accessories", "phone-case", 29m, ["black", "green", "pink", "blue"], Sizes.None, "plant-based recycled bioplastic",
            "A slim, compostable case for iPhone 16 with a soft-touch finish.",
            "At the end of its life it breaks down in a home compost bin, leaving nothing behind."),
        new("TT-PHC-002", "Clear Shockproof Case for Pixel 9", "phone-accessories", "phone-case", 24m, ["white"], Sizes.None, "clear polycarbonate with TPU bumpers",
            "A crystal-clear case for Pixel 9 with air-cushioned corners.",
            "A coating on the back stops it yellowing in sunlight, so the phone's colour shows through for years."),
        new("TT-PHC-003", "Leather Folio Case for iPhone 16 Pro", "phone-accessories", "phone-case", 49m, ["brown", "black", "navy"], Sizes.None, "full-grain leather",
            "A leather folio for iPhone 16 Pro with slots for three cards.",
            "The cover folds back into a stand for video calls and closes with a hidden magnet."),
        new("TT-WCH-001", "Field Automatic Watch", "watches-jewellery", "watch", 249m, ["black", "green", "navy"], Sizes.None, "brushed stainless steel",
            "A 38 mm automatic field watch with a luminous, easy-to-read dial.",
            "The self-winding movement needs no battery: a day on the wrist keeps it running for two more.") { Featured = true },
        new("TT-WCH-002", "Minimal Quartz Watch", "watches-jewellery", "watch", 119m, ["white", "brown", "black"], Sizes.None, "polished steel",
            "A slim quartz watch with a clean dial and no numerals.",
            "At 6 mm thick it slides under a shirt cuff, and the leather strap swaps out without tools.") { CompareAt = 149m },
        new("TT-WCH-003", "Sport Smart Watch", "watches-jewellery", "watch", 199m, ["black", "orange", "blue"], Sizes.None, "lightweight fibre-reinforced polymer",
            "A GPS sports watch with heart-rate tracking and a week-long battery.",
            "It maps runs, rides and swims without a phone and shows the route back when the trail runs out."),
        new("TT-SUN-001", "Polarised Wayfarer Sunglasses", "eyewear", "sunglasses", 79m, ["black", "brown", "blue"], Sizes.None, "bio-based acetate",
            "Timeless wayfarer sunglasses with polarised lenses.",
            "The bio-acetate frame is made from cotton and wood pulp instead of oil, and it is light enough to forget you are wearing it."),
        new("TT-SUN-002", "Round Titanium Sunglasses", "eyewear", "sunglasses", 95m, ["beige", "black"], Sizes.None, "ultralight titanium",
            "Round wire-frame sunglasses that weigh just 18 grams.",
            "Titanium is hypoallergenic and springy, so the frame bends back into shape after a squashed-in-a-bag moment."),
        new("TT-YGA-001", "Natural Rubber Yoga Mat", "fitness", "yoga-mat", 68m, ["purple", "green", "blue", "grey"], Sizes.None, "natural tree rubber",
            "A 4 mm natural rubber mat with a grippy, cushioned surface.",
            "Tapped from sustainably farmed rubber trees, it grips even better once it has been used for a week.") { Featured = true },
        new("TT-YGA-002", "Travel Yoga Mat", "fitness", "yoga-mat", 45m, ["pink", "orange"], Sizes.None, "thin foldable rubber",
            "A 1.5 mm foldable mat that fits in a carry-on.",
            "Lay it over a hotel carpet or a studio mat for a clean, grippy surface wherever you practise."),
        new("TT-BTL-001", "Sports Squeeze Bottle", "fitness", "water-bottle", 14m, ["orange", "blue", "black"], Sizes.None, "BPA-free soft plastic",
            "A 750 ml squeeze bottle with a one-handed valve for runs and rides.",
            "The self-sealing valve opens with a squeeze and closes on its own, so it never dribbles in a bag."),
    ];

    /// <summary>Every demo product with the slug of the vendor that sells it.</summary>
    public static IEnumerable<(string VendorSlug, DemoProduct Product)> All =>
        Northwind.Select(p => (DemoVendors.NorthwindSlug, p))
            .Concat(HarborHome.Select(p => (DemoVendors.HarborHomeSlug, p)))
            .Concat(Trailhead.Select(p => (DemoVendors.TrailheadSlug, p)));
}
