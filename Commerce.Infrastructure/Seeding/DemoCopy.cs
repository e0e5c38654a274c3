using Commerce.Core.Catalog;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// What every product of one kind shares: a sentence about how it is made (with the product's material filled in),
/// a care or fit note, and its shipping size. The product's own <see cref="DemoProduct.Detail"/> leads the description.
/// </summary>
internal static class DemoCopy
{
    private sealed record Kind(string Body, string Care, int Grams, decimal Length, decimal Width, decimal Height);

    private static readonly Dictionary<string, Kind> Kinds = new()
    {
        ["tshirt"] = new("Cut from {0}, it has taped shoulder seams and a neckline that keeps its shape wash after wash.", "Machine wash cold and hang to dry; the fit runs true to size.", 180, 30, 25, 3),
        ["hoodie"] = new("Made from {0}, it has rib cuffs and hem and flat-locked seams that do not rub.", "Wash inside out at 30 °C to keep the surface smooth; size up for an oversized look.", 560, 35, 30, 8),
        ["jacket"] = new("Built from {0}, it has a storm flap, two hand-warmer pockets and an inside pocket sized for a phone.", "Spot clean where you can and check the care label before washing.", 950, 40, 32, 10),
        ["scarf"] = new("Knitted from {0}, it is long enough to wrap twice and soft enough to wear against bare skin.", "Hand wash cool and dry flat to keep its length.", 220, 30, 20, 5),
        ["jeans"] = new("Made from {0} with a mid rise and a five-pocket build, they soften and take your shape as you wear them.", "Sizes are waist in inches with a 32-inch leg; wash sparingly, inside out and cold.", 650, 35, 28, 6),
        ["dress"] = new("Made from {0}, it falls just below the knee and hides a pocket in each side seam.", "Machine wash on a gentle cycle and hang to dry.", 350, 32, 26, 4),
        ["sneakers"] = new("The upper is {0} on a cushioned rubber sole, with a padded collar and a removable insole.", "Sizes are EU; if you are between sizes, take the larger one.", 900, 33, 22, 12),
        ["boots"] = new("Made from {0} on a grippy rubber sole, they are stitched so a cobbler can resole them.", "Treat the upper with a balm every few months; sizes are EU.", 1400, 34, 24, 14),
        ["cap"] = new("Made from {0} with a curved brim and an adjustable strap at the back.", "One size fits most; hand wash and reshape while damp.", 120, 20, 18, 12),
        ["beanie"] = new("Knitted from {0} with a deep turn-up that covers the ears.", "One size fits most; hand wash cool and dry flat.", 100, 20, 15, 5),
        ["socks"] = new("Knitted from {0} with a reinforced heel and toe and an arch band that stops them slipping.", "S fits EU 36–39, M fits 40–43 and L fits 44–47; machine wash warm.", 150, 20, 10, 4),
        ["backpack"] = new("Made from {0}, it has a padded sleeve for a 16-inch laptop and a quick-access front pocket.", "Wipe clean with a damp cloth; the shoulder straps are padded and adjustable.", 850, 45, 30, 15),
        ["tote"] = new("Made from {0} with long shoulder handles and an inside zip pocket for keys and cards.", "Carries up to 15 kg; spot clean with a damp cloth.", 420, 40, 38, 3),
        ["wallet"] = new("Made from {0}, it holds six cards and folded notes without bulging.", "The leather darkens gently with use; condition it once a year.", 80, 11, 9, 2),
        ["watch"] = new("The case is {0}, with sapphire-coated glass and water resistance to 50 metres.", "Comes with a two-year warranty and a spare strap.", 160, 12, 10, 8),
        ["sunglasses"] = new("The frame is {0}, fitted with polarised UV400 lenses that cut glare off water and roads.", "Comes with a hard case and a microfibre cloth.", 90, 16, 7, 5),
        ["mug"] = new("Made from {0}, it holds 350 ml and has a handle wide enough for two fingers.", "Dishwasher and microwave safe.", 380, 12, 12, 11),
        ["water-bottle"] = new("Made from {0} with a leak-proof lid, it fits car cup holders and most bike cages.", "Hand wash the lid; the body is dishwasher safe.", 340, 8, 8, 26),
        ["notebook"] = new("Bound in {0}, it has 192 numbered pages of 100 gsm paper that takes fountain pen without bleeding.", "It lies flat when open and has two ribbon markers.", 280, 21, 15, 2),
        ["lamp"] = new("The base is {0}, and the shade spreads a warm, even light.", "Takes an E27 bulb up to 40 W (not included); the cord is 1.8 metres long.", 2200, 40, 25, 25),
        ["cushion"] = new("Made from {0}, it measures 45 × 45 cm and comes with a feather-and-down insert.", "The cover unzips and machine washes at 30 °C.", 600, 45, 45, 12),
        ["plant-pot"] = new("Made from {0}, it has a drainage hole and a matching saucer.", "Frost resistant, so it is happy indoors and out.", 1300, 20, 20, 18),
        ["candle"] = new("Poured from {0} around a cotton wick, it burns cleanly for about 45 hours.", "Trim the wick to 5 mm before each burn and never leave it unattended.", 420, 10, 10, 11),
        ["headphones"] = new("They are built from {0}, with 40 mm drivers, Bluetooth 5.3 and a cable for wired listening.", "Around 30 hours of playback per charge, and they charge over USB-C.", 320, 22, 19, 9),
        ["phone-case"] = new("Made from {0}, it has raised edges around the screen and camera and works with wireless charging.", "Drop-tested from 2 metres.", 40, 17, 9, 2),
        ["yoga-mat"] = new("Made from {0}, its textured surface stays put through a sweaty flow.", "Wipe it down with a damp cloth after practice; a carry strap is included.", 2300, 62, 15, 15),
        ["ebook"] = new("You get it in {0} formats, with a download link by email as soon as payment goes through.", "Nothing ships, and it reads well on phones, tablets and e-readers.", 0, 0, 0, 0),
    };

    public static string LongDescription(DemoProduct product)
    {
        var kind = Kinds[product.CopyKey];
        return $"{product.Detail} {string.Format(kind.Body, product.Material)} {kind.Care}";
    }

    /// <summary>The kind's box, varied by up to ±10 % so products of one kind do not all weigh the same.</summary>
    public static Dimensions DimensionsFor(DemoProduct product, Random random)
    {
        var kind = Kinds[product.CopyKey];
        if (kind.Grams == 0) return Dimensions.None;
        var factor = 0.9m + random.Next(0, 21) / 100m;
        return new Dimensions((int)Math.Round(kind.Grams * factor), Math.Round(kind.Length * factor, 1), kind.Width, kind.Height);
    }
}
