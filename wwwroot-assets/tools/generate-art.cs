// Generates the demo store's SVG art: brand assets, product illustrations and category tiles.
// Run from the repository root: dotnet run wwwroot-assets/tools/generate-art.cs
// It writes next to itself (../brand, ../products, ../categories), whatever the working directory.
// Output is byte-for-byte deterministic, so regenerating only shows up in git when a drawing changes.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

// Path data is built with string interpolation; pin the culture so no machine writes "1,5" for 1.5.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SourcePath())!, ".."));
var files = 0;
long bytes = 0;

void Write(string relative, string svg)
{
    var path = Path.Combine(root, relative);
    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    File.WriteAllText(path, svg, new UTF8Encoding(false));
    files++;
    bytes += Encoding.UTF8.GetByteCount(svg);
}

// Stale files from a renamed type or colour would otherwise linger and look current.
foreach (var folder in new[] { "products", "categories" })
{
    var dir = Path.Combine(root, folder);
    if (Directory.Exists(dir))
        foreach (var old in Directory.GetFiles(dir, "*.svg")) File.Delete(old);
}

foreach (var (name, svg) in Brand.All()) Write($"brand/{name}.svg", svg);

foreach (var product in Catalog.Products)
    foreach (var colour in Palette.Colours)
    {
        var pal = Palette.For(colour.Name);
        Write($"products/{product.Type}-{colour.Name}.svg", Scene.Product(product, pal, detail: false));
        Write($"products/{product.Type}-{colour.Name}-detail.svg", Scene.Product(product, pal, detail: true));
    }

foreach (var tile in Catalog.Tiles) Write($"categories/{tile.Slug}.svg", Scene.Tile(tile));

Console.WriteLine($"Wrote {files} SVG files ({bytes / 1024} KiB) under {root}");

static string SourcePath([CallerFilePath] string path = "") => path;

/// <summary>A named colour and the tones derived from it for one illustration.</summary>
sealed record Pal(string Name, string Base, string Deep, string Line, string Accent, string Bg, string BgShape, string Outline);

static class Palette
{
    public static readonly (string Name, string Hex)[] Colours =
    [
        ("black", "#2b2b2f"), ("white", "#f8f8f6"), ("navy", "#26375e"), ("red", "#c9383e"),
        ("green", "#3f7d5b"), ("grey", "#8d9199"), ("blue", "#3b79c3"), ("yellow", "#f0c54b"),
        ("pink", "#eca3b9"), ("brown", "#7c5139"), ("beige", "#dbc6a4"), ("orange", "#e7803b"),
        ("purple", "#7b57a9"),
    ];

    public static Pal For(string name)
    {
        var hex = Colours.First(c => c.Name == name).Hex;
        var light = Luma(hex) > 0.55;
        // White items vanish on a light page without an outline; every other colour reads on its tint.
        var outline = name == "white" ? " stroke=\"#c5cad3\" stroke-width=\"4\" stroke-linejoin=\"round\"" : "";
        return name switch
        {
            "white" => new(name, hex, "#e3e6eb", "#b9bfc9", "#d3d8df", "#eef0f4", "#e2e6ec", outline),
            "black" => new(name, hex, "#1b1b1e", "#5c5c63", "#55555c", "#ececee", "#dedee2", outline),
            _ => new(name, hex, Mix(hex, "#000000", 0.25), Mix(hex, light ? "#000000" : "#ffffff", light ? 0.3 : 0.38),
                Mix(hex, light ? "#000000" : "#ffffff", light ? 0.16 : 0.45), Mix(hex, "#ffffff", 0.87), Mix(hex, "#ffffff", 0.76), outline),
        };
    }

    public static string Mix(string a, string b, double t)
    {
        var (x, y) = (Rgb(a), Rgb(b));
        int Ch(int i) => (int)Math.Round(x[i] + (y[i] - x[i]) * t);
        return $"#{Ch(0):x2}{Ch(1):x2}{Ch(2):x2}";
    }

    static double Luma(string hex) { var c = Rgb(hex); return (0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]) / 255; }

    static int[] Rgb(string hex) =>
        [Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16)];
}

/// <summary>Appends SVG elements; numbers are written by hand in path data, so culture never leaks in.</summary>
sealed class Canvas
{
    readonly StringBuilder sb = new();
    public Canvas Raw(string s) { sb.Append(s).Append('\n'); return this; }
    public Canvas P(string d, string fill, string extra = "") => Raw($"<path d=\"{d}\" fill=\"{fill}\"{extra}/>");
    public Canvas Tone(string d, double dark) => dark == 0 ? this :
        Raw($"<path d=\"{d}\" fill=\"{(dark < 0 ? "#fff" : "#000")}\" fill-opacity=\"{F(Math.Abs(dark))}\"/>");
    public Canvas L(string d, string stroke, double width, string extra = "") =>
        Raw($"<path d=\"{d}\" fill=\"none\" stroke=\"{stroke}\" stroke-width=\"{F(width)}\" stroke-linecap=\"round\" stroke-linejoin=\"round\"{extra}/>");
    public Canvas C(double cx, double cy, double r, string fill, string extra = "") =>
        Raw($"<circle cx=\"{F(cx)}\" cy=\"{F(cy)}\" r=\"{F(r)}\" fill=\"{fill}\"{extra}/>");
    public Canvas E(double cx, double cy, double rx, double ry, string fill, string extra = "") =>
        Raw($"<ellipse cx=\"{F(cx)}\" cy=\"{F(cy)}\" rx=\"{F(rx)}\" ry=\"{F(ry)}\" fill=\"{fill}\"{extra}/>");
    public Canvas R(double x, double y, double w, double h, double r, string fill, string extra = "") =>
        Raw($"<rect x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(w)}\" height=\"{F(h)}\" rx=\"{F(r)}\" fill=\"{fill}\"{extra}/>");
    public override string ToString() => sb.ToString();
    public static string F(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);
}

static class Svg
{
    public static string Doc(int w, int h, string title, string body, string defs = "") =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" role=\"img\">\n" +
        $"<title>{title}</title>\n" + (defs == "" ? "" : $"<defs>{defs}</defs>\n") + body + "</svg>\n";

    public const string ShadowDef =
        "<radialGradient id=\"sh\"><stop offset=\"0\" stop-color=\"#000\" stop-opacity=\".2\"/><stop offset=\"1\" stop-color=\"#000\" stop-opacity=\"0\"/></radialGradient>";
}

/// <summary>One product type: how to draw it, where its shadow sits, and the close-up used for the detail image.</summary>
sealed record Product(string Type, string Label, Action<Canvas, Pal> Draw, double ShadowY, double ShadowRx,
    (double X, double Y) Focus, (double X, double Y) Anchor, (double X, double Y) TagOffset);

sealed record Tile(string Slug, string Title, string Bg, params (string Type, string Colour)[] Items);

static class Catalog
{
    public static readonly Product[] Products =
    [
        new("tshirt", "T-shirt", Draw.Tshirt, 640, 210, (400, 300), (460, 190), (40, 200)),
        new("hoodie", "Hoodie", Draw.Hoodie, 655, 235, (400, 300), (428, 356), (60, 150)),
        new("jacket", "Jacket", Draw.Jacket, 650, 235, (400, 320), (452, 282), (60, 150)),
        new("jeans", "Jeans", Draw.Jeans, 680, 170, (400, 280), (488, 180), (40, 200)),
        new("dress", "Dress", Draw.Dress, 650, 200, (400, 300), (450, 172), (60, 220)),
        new("sneakers", "Sneakers", Draw.Sneakers, 562, 240, (410, 410), (322, 330), (-10, 210)),
        new("boots", "Boots", Draw.Boots, 640, 220, (420, 420), (276, 232), (-20, 250)),
        new("cap", "Cap", Draw.Cap, 560, 240, (400, 380), (486, 340), (40, 170)),
        new("beanie", "Beanie", Draw.Beanie, 612, 200, (400, 420), (512, 560), (30, 120)),
        new("socks", "Socks", Draw.Socks, 640, 210, (400, 360), (330, 200), (-60, 180)),
        new("backpack", "Backpack", Draw.Backpack, 640, 200, (400, 360), (438, 205), (60, 180)),
        new("tote", "Tote bag", Draw.Tote, 645, 200, (400, 380), (492, 300), (50, 150)),
        new("wallet", "Wallet", Draw.Wallet, 560, 220, (420, 400), (574, 420), (30, 130)),
        new("watch", "Watch", Draw.Watch, 665, 130, (400, 400), (452, 560), (60, 110)),
        new("sunglasses", "Sunglasses", Draw.Sunglasses, 520, 230, (400, 400), (400, 340), (0, 230)),
        new("mug", "Mug", Draw.Mug, 625, 200, (400, 400), (590, 430), (20, 140)),
        new("water-bottle", "Water bottle", Draw.WaterBottle, 655, 120, (400, 330), (428, 128), (80, 170)),
        new("notebook", "Notebook", Draw.Notebook, 640, 190, (400, 340), (493, 196), (60, 190)),
        new("lamp", "Table lamp", Draw.Lamp, 628, 150, (400, 320), (548, 392), (20, 140)),
        new("cushion", "Cushion", Draw.Cushion, 600, 220, (400, 400), (570, 240), (20, 160)),
        new("plant-pot", "Plant pot", Draw.PlantPot, 655, 150, (400, 440), (522, 430), (20, 150)),
        new("candle", "Candle", Draw.Candle, 640, 190, (420, 400), (450, 500), (60, 110)),
        new("headphones", "Headphones", Draw.Headphones, 610, 210, (400, 420), (546, 590), (30, 110)),
        new("phone-case", "Phone case", Draw.PhoneCase, 650, 150, (380, 300), (500, 200), (80, 180)),
        new("yoga-mat", "Yoga mat", Draw.YogaMat, 505, 230, (470, 410), (520, 330), (40, 190)),
        new("scarf", "Scarf", Draw.Scarf, 650, 190, (400, 360), (540, 330), (50, 190)),
    ];

    public static readonly Tile[] Tiles =
    [
        new("clothing", "Clothing", "#e4e9f7", ("tshirt", "navy"), ("hoodie", "grey"), ("jeans", "blue")),
        new("mens", "Men's", "#e2ebf0", ("jacket", "navy"), ("jeans", "black"), ("boots", "brown")),
        new("womens", "Women's", "#f8e4ea", ("tote", "beige"), ("dress", "pink"), ("sunglasses", "black")),
        new("t-shirts", "T-shirts", "#fbf0d4", ("tshirt", "white"), ("tshirt", "yellow"), ("tshirt", "navy")),
        new("hoodies-sweatshirts", "Hoodies and sweatshirts", "#ebe4f4", ("hoodie", "grey"), ("hoodie", "purple")),
        new("outerwear", "Outerwear", "#e3efe6", ("jacket", "green"), ("scarf", "red")),
        new("jeans-trousers", "Jeans and trousers", "#e1eaf5", ("jeans", "blue"), ("jeans", "beige")),
        new("dresses", "Dresses", "#fbe7df", ("dress", "red"), ("dress", "yellow")),
        new("shoes", "Shoes", "#f3ebe1", ("sneakers", "white"), ("boots", "brown")),
        new("sneakers", "Sneakers", "#fde8e4", ("sneakers", "red"), ("sneakers", "blue")),
        new("boots", "Boots", "#efe6dc", ("boots", "black"), ("boots", "beige")),
        new("accessories", "Accessories", "#f1ece3", ("wallet", "brown"), ("watch", "black"), ("sunglasses", "red")),
        new("bags", "Bags", "#e3f0ea", ("backpack", "green"), ("tote", "beige")),
        new("hats", "Hats", "#fdeedd", ("cap", "navy"), ("beanie", "orange")),
        new("watches-jewellery", "Watches and jewellery", "#ecebe6", ("watch", "brown"), ("watch", "navy")),
        new("eyewear", "Eyewear", "#e6eef7", ("sunglasses", "black")),
        new("home-living", "Home and living", "#f4ede2", ("cushion", "beige"), ("plant-pot", "white"), ("candle", "pink")),
        new("kitchen", "Kitchen", "#fbefe1", ("mug", "white"), ("mug", "red")),
        new("decor", "Decor", "#e9f1e7", ("plant-pot", "orange"), ("cushion", "blue"), ("candle", "beige")),
        new("lighting", "Lighting", "#fdf3d8", ("lamp", "yellow"), ("candle", "white")),
        new("electronics", "Electronics", "#e6e9f2", ("headphones", "black"), ("phone-case", "blue"), ("watch", "grey")),
        new("audio", "Audio", "#ece6f5", ("headphones", "black"), ("headphones", "pink")),
        new("phone-accessories", "Phone accessories", "#f6e6ee", ("phone-case", "purple"), ("phone-case", "pink")),
        new("sports-outdoors", "Sports and outdoors", "#e1f0ec", ("backpack", "orange"), ("water-bottle", "green"), ("sneakers", "blue")),
        new("fitness", "Fitness", "#efe6f6", ("yoga-mat", "purple"), ("water-bottle", "blue")),
        new("stationery", "Stationery", "#fbf1dc", ("notebook", "navy"), ("notebook", "yellow")),
    ];
}

static class Scene
{
    const double Zoom = 1.45;

    public static string Product(Product pr, Pal p, bool detail)
    {
        var c = new Canvas().R(0, 0, 800, 800, 0, p.Bg);
        var item = Item(pr, p);
        var colour = char.ToUpperInvariant(p.Name[0]) + p.Name[1..];
        if (!detail)
        {
            c.C(400, 400, 300, p.BgShape).Raw(item);
            return Svg.Doc(800, 800, $"{colour} {pr.Label.ToLowerInvariant()}, flat illustration", c.ToString(), Svg.ShadowDef);
        }
        c.C(170, 170, 250, p.BgShape).C(690, 680, 150, p.BgShape);
        var (fx, fy) = pr.Focus;
        c.Raw($"<g transform=\"translate({Canvas.F(400 - fx * Zoom)} {Canvas.F(400 - fy * Zoom)}) scale({Canvas.F(Zoom)})\">").Raw(item).Raw("</g>");
        var ax = 400 + (pr.Anchor.X - fx) * Zoom;
        var ay = 400 + (pr.Anchor.Y - fy) * Zoom;
        // Keep the whole tag on the canvas whatever the close-up crops.
        Tag(c, p, ax, ay, Math.Clamp(ax + pr.TagOffset.X, 90, 710), Math.Clamp(ay + pr.TagOffset.Y, 130, 690));
        return Svg.Doc(800, 800, $"{colour} {pr.Label.ToLowerInvariant()}, close-up with swing tag", c.ToString(), Svg.ShadowDef);
    }

    public static string Tile(Tile t)
    {
        var c = new Canvas().R(0, 0, 600, 400, 0, t.Bg);
        var shape = Palette.Mix(t.Bg, "#ffffff", 0.55);
        c.C(520, 40, 190, shape).C(60, 380, 120, shape);
        var n = t.Items.Length;
        var scale = n switch { 1 => 0.56, 2 => 0.46, _ => 0.38 };
        var step = n switch { 2 => 210, _ => 180 };
        for (var i = 0; i < n; i++)
        {
            var product = Catalog.Products.First(x => x.Type == t.Items[i].Type);
            var cx = 300 + (i - (n - 1) / 2.0) * step;
            // The middle of three sits slightly forward so the group reads as an arrangement, not a row.
            var cy = n == 3 && i == 1 ? 215 : 200;
            c.Raw($"<g transform=\"translate({Canvas.F(cx - 400 * scale)} {Canvas.F(cy - 400 * scale)}) scale({Canvas.F(scale)})\">")
             .Raw(Item(product, Palette.For(t.Items[i].Colour))).Raw("</g>");
        }
        var what = string.Join(", ", t.Items.Select(i => $"{i.Colour} {Catalog.Products.First(x => x.Type == i.Type).Label.ToLowerInvariant()}"));
        return Svg.Doc(600, 400, $"{t.Title}: {what}", c.ToString(), Svg.ShadowDef);
    }

    static string Item(Product pr, Pal p)
    {
        var c = new Canvas().E(400, pr.ShadowY, pr.ShadowRx, pr.ShadowRx * 0.12, "url(#sh)");
        pr.Draw(c, p);
        return c.ToString().TrimEnd('\n');
    }

    static void Tag(Canvas c, Pal p, double ax, double ay, double tx, double ty)
    {
        var hx = tx - 7; var hy = ty - 68;
        c.L($"M{Canvas.F(ax)} {Canvas.F(ay)}Q{Canvas.F((ax + hx) / 2 - 10)} {Canvas.F((ay + hy) / 2 + 24)} {Canvas.F(hx)} {Canvas.F(hy)}", "#8a7458", 3);
        c.C(ax, ay, 6, "#8a7458");
        c.Raw($"<g transform=\"translate({Canvas.F(tx)} {Canvas.F(ty)}) rotate(-6) scale(1.25)\">");
        c.P("M-48 -44L-22 -72L22 -72L48 -44L48 66Q48 76 38 76L-38 76Q-48 76-48 66Z", "#f4e8cf", " stroke=\"#d8c39c\" stroke-width=\"2\"");
        c.C(0, -55, 7, p.Bg, " stroke=\"#c9b389\" stroke-width=\"2\"");
        c.C(0, -4, 20, p.Base, " stroke=\"#000\" stroke-opacity=\".15\" stroke-width=\"2\"");
        c.R(-30, 32, 60, 7, 3.5, "#c9b389").R(-20, 48, 40, 7, 3.5, "#dccaa6");
        c.Raw("</g>");
    }
}

/// <summary>The product drawings, each centred on (400, 400) of an 800 x 800 canvas.</summary>
static class Draw
{
    const string Metal = "#c3c8cf", MetalDark = "#9aa1ab", Ink = "#2b2b2f";
    const string Faint = " stroke-opacity=\".55\"", Stitch = " stroke-dasharray=\"9 7\"";

    // A stroked band (handle, strap, frame) gets a darker edge so it holds its shape on any background.
    static void Band(Canvas c, Pal p, string d, double w)
    {
        c.L(d, p.Name == "white" ? "#c5cad3" : p.Deep, w + 7).L(d, p.Base, w);
    }

    public static void Tshirt(Canvas c, Pal p)
    {
        c.P("M340 185Q400 235 460 185L550 212Q585 225 605 265L628 330L565 362L522 318L520 615Q400 628 280 615L278 318L235 362L172 330L195 265Q215 225 250 212Z", p.Base, p.Outline);
        c.Tone("M470 318L522 318L520 615Q496 619 472 620Z", .04).Tone("M565 362L522 318L540 300L600 320Z", .05);
        c.P("M344 187Q400 207 456 187Q400 226 344 187Z", p.Deep);
        c.L("M340 186Q400 236 460 186", p.Line, 9);
        c.L("M180 312L243 344M620 312L557 344M284 596Q400 608 516 596", p.Line, 3, Faint + Stitch);
    }

    public static void Hoodie(Canvas c, Pal p)
    {
        c.P("M296 240Q282 128 400 118Q518 128 504 240Z", p.Base, p.Outline);
        c.P("M328 226Q330 160 400 154Q470 160 472 226Q436 222 400 262Q364 222 328 226Z", p.Deep);
        c.P("M330 200L245 222Q200 235 192 290L165 555L230 566L262 345L265 592L535 592L538 345L570 566L635 555L608 290Q600 235 555 222L470 200Q436 212 400 262Q364 212 330 200Z", p.Base, p.Outline);
        c.L("M330 202Q366 214 400 262Q434 214 470 202", p.Line, 3, Faint);
        c.P("M322 455L478 455Q492 505 520 562L280 562Q308 505 322 455Z", p.Base, $" stroke=\"{p.Line}\" stroke-width=\"3\"").Tone("M322 455L478 455Q492 505 520 562L280 562Q308 505 322 455Z", .05);
        foreach (var d in new[] { "M165 555L230 566L226 604L160 594Z", "M635 555L570 566L574 604L640 594Z", "M265 592L535 592L535 634Q400 644 265 634Z" })
            c.P(d, p.Base, p.Outline).Tone(d, .09);
        c.L("M380 250L372 340M420 250L428 340", p.Name == "white" ? p.Line : p.Accent, 6).L("M372 340L371 356M428 340L429 356", MetalDark, 8);
    }

    public static void Jacket(Canvas c, Pal p)
    {
        c.P("M336 192L245 220Q200 235 192 290L165 552L230 563L262 345L268 598L532 598L538 345L570 563L635 552L608 290Q600 235 555 220L464 192Z", p.Base, p.Outline);
        c.P("M336 192Q400 176 464 192L400 264Z", p.Deep);
        foreach (var d in new[] { "M336 188L396 258L346 288L310 206Z", "M464 188L404 258L454 288L490 206Z" })
            c.P(d, p.Base, $" stroke=\"{p.Line}\" stroke-width=\"3\" stroke-linejoin=\"round\"");
        c.L("M400 264L400 598", MetalDark, 5).R(393, 272, 14, 28, 4, Metal);
        foreach (var x in new[] { 296, 430 })
            c.P($"M{x} 340L{x + 74} 340L{x + 74} 366Q{x + 37} 378 {x} 366Z", p.Base, $" stroke=\"{p.Line}\" stroke-width=\"3\"").C(x + 37, 364, 5, MetalDark);
        c.L("M300 470L336 430M500 470L464 430", p.Line, 6);
        foreach (var d in new[] { "M165 552L230 563L226 600L160 590Z", "M635 552L570 563L574 600L640 590Z", "M268 598L532 598L533 632L267 632Z" })
            c.P(d, p.Deep, p.Outline);
    }

    public static void Jeans(Canvas c, Pal p)
    {
        c.P("M290 160L510 160L530 662L418 662L400 320L382 662L270 662Z", p.Base, p.Outline);
        c.Tone("M466 196L510 196L530 662L494 662Z", .06).Tone("M400 320L382 662L394 662Z", .1);
        c.R(290, 160, 220, 36, 4, p.Base, p.Outline).Tone("M290 160L510 160L510 196L290 196Z", .08);
        foreach (var x in new[] { 312, 376, 414, 478 }) c.R(x, 154, 10, 50, 4, p.Base, $" stroke=\"{p.Line}\" stroke-width=\"2\"");
        c.C(400, 178, 9, Metal, $" stroke=\"{MetalDark}\" stroke-width=\"2\"");
        c.L("M302 198Q334 246 364 198M498 198Q466 246 436 198M400 196L400 282Q398 300 378 308", p.Line, 3);
        c.L("M274 638L382 638M418 638L526 638M310 200Q334 234 354 200", p.Accent, 3, Stitch);
    }

    public static void Dress(Canvas c, Pal p)
    {
        c.P("M362 165Q370 208 400 218Q430 208 438 165Q400 180 362 165Z", p.Deep);
        c.P("M338 330L462 330Q520 470 585 622Q400 652 215 622Q280 470 338 330Z", p.Base, p.Outline);
        c.Tone("M430 330L462 330Q520 470 585 622Q540 630 500 632Q470 470 430 330Z", .06);
        c.L("M372 352Q350 480 310 622M400 350L400 636M428 352Q450 480 490 622", p.Line, 3, Faint);
        c.P("M338 330L332 230Q336 200 348 165L362 165Q370 208 400 218Q430 208 438 165L452 165Q464 200 468 230L462 330Z", p.Base, p.Outline);
        c.R(334, 316, 132, 26, 8, p.Deep, p.Outline);
        c.P("M400 329L376 316L376 342ZM400 329L424 316L424 342Z", p.Accent).C(400, 329, 7, p.Line);
    }

    public static void Sneakers(Canvas c, Pal p)
    {
        c.Raw("<g transform=\"translate(-20 -50)\">");
        c.P("M204 566L200 440Q200 408 228 404Q262 404 292 428L318 424Q328 392 352 392L368 412L470 478Q560 494 612 520Q636 536 630 566Z", p.Base, p.Outline);
        c.Tone("M228 408Q262 408 292 428Q258 432 228 408Z", .3);
        c.P("M500 490Q570 500 612 520Q636 536 630 566L520 566Q500 530 500 490Z", p.Accent, p.Outline);
        c.Tone("M202 470Q236 470 254 500L258 566L204 566Z", .14);
        c.P("M310 430Q306 384 340 378Q366 380 372 414Z", p.Base, $" stroke=\"{p.Line}\" stroke-width=\"3\" stroke-linejoin=\"round\"");
        c.L("M300 440L468 502", p.Line, 3, Stitch).L("M296 470Q380 500 440 540", p.Line, 3, Faint);
        var lace = p.Name == "white" ? p.Line : "#f7f6f2";
        c.L("M342 418L362 402M372 430L392 414M402 442L422 426M432 454L452 438", lace, 6);
        c.P("M200 556L596 556Q638 552 650 570Q654 600 620 602L216 602Q192 600 192 578Q194 558 200 556Z", "#f4f3ef", " stroke=\"#d3d0c8\" stroke-width=\"3\"");
        c.L("M204 582L636 582", "#dcd8cf", 3);
        c.Raw("</g>");
    }

    public static void Boots(Canvas c, Pal p)
    {
        c.P("M254 258Q256 226 276 226Q294 226 294 260Z", p.Deep).P("M368 265Q370 238 386 238Q400 238 398 267Z", p.Deep);
        c.P("M252 256L396 266Q400 360 414 420Q436 478 500 494L574 510Q626 522 628 568L628 590L252 590Q236 540 244 470Q254 380 252 256Z", p.Base, p.Outline);
        c.Tone("M252 256L282 258Q270 420 282 590L252 590Q236 540 244 470Q254 380 252 256Z", .08).Tone("M500 494L574 510Q618 520 626 552L540 546Q506 530 500 494Z", -.12);
        c.P("M312 261Q316 340 342 372Q368 340 372 264Z", p.Deep);
        c.L("M328 270L332 340M342 270L342 358M356 270L352 340", p.Line, 2.5, Faint);
        c.P("M252 256L396 266L394 272L254 262Z", p.Deep);
        c.L("M256 578L620 578", p.Line, 3, Stitch);
        c.P("M244 590L634 590L634 608Q634 620 622 620L244 620Z", "#3b322c").R(244, 590, 100, 46, 6, "#3b322c");
    }

    public static void Cap(Canvas c, Pal p)
    {
        c.Raw("<g transform=\"translate(-46 0)\">");
        c.P("M226 480Q222 268 410 250Q566 254 582 430L586 480Q410 468 226 480Z", p.Base, p.Outline);
        c.Tone("M226 480Q222 268 410 250Q300 300 300 476Z", .07).Tone("M410 250Q566 254 582 430L586 480Q540 474 500 472Q500 330 410 250Z", -.1);
        c.L("M410 252Q346 330 350 474M410 252Q488 330 500 470", p.Line, 3, Faint);
        c.C(330, 340, 6, p.Deep).C(492, 330, 6, p.Deep);
        c.P("M552 442Q654 436 704 474Q710 500 676 508Q612 500 548 488Z", p.Base, p.Outline).Tone("M552 442Q654 436 704 474Q710 500 676 508Q612 500 548 488Z", .12);
        c.L("M560 460Q640 458 690 486", p.Line, 3, Stitch);
        c.E(410, 250, 24, 9, p.Base, p.Outline).Tone("M386 250A24 9 0 0 0 434 250Z", .15);
        c.Raw("</g>");
    }

    public static void Beanie(Canvas c, Pal p)
    {
        c.P("M258 470Q252 262 400 250Q548 262 542 470Z", p.Base, p.Outline);
        c.L("M320 462Q312 350 352 274M400 462L400 256M480 462Q488 350 448 274", p.Line, 3, Faint);
        c.R(236, 440, 328, 118, 28, p.Base, p.Outline).Tone("M260 440L540 440Q564 440 564 468L564 530Q564 558 536 558L264 558Q236 558 236 530L236 468Q236 440 264 440Z", .08);
        var ribs = new StringBuilder();
        for (var x = 262; x <= 538; x += 23) ribs.Append($"M{x} 458L{x} 540");
        c.L(ribs.ToString(), p.Line, 3, Faint);
        c.C(400, 226, 56, p.Base, p.Outline).C(384, 210, 26, "#fff", " fill-opacity=\".18\"");
        c.L("M372 190L380 200M410 186L404 198M432 220L420 224M378 252L386 242M420 254L414 244", p.Line, 3, Faint);
    }

    const string SockPath = "M300 190L392 190L392 420Q392 462 432 474L508 494Q552 506 548 548Q542 590 496 584L362 566Q300 556 300 500Z";

    public static void Socks(Canvas c, Pal p)
    {
        c.Raw("<g transform=\"translate(-60 0)\">");
        foreach (var (dx, dy, shade) in new[] { (96, 30, .12), (0, 0, 0.0) })
        {
            c.Raw($"<g transform=\"translate({dx} {dy})\">").P(SockPath, p.Base, p.Outline);
            c.Tone("M300 190L392 190L392 236L300 236Z", .1);
            c.L("M314 196L314 230M330 196L330 230M346 196L346 230M362 196L362 230M378 196L378 230", p.Line, 2.5, Faint);
            c.R(300, 270, 92, 14, 0, p.Accent).R(300, 300, 92, 14, 0, p.Accent);
            c.P("M300 484Q300 556 362 566L372 567Q344 526 354 486Q330 470 300 484Z", p.Accent);
            c.P("M482 492L508 494Q552 506 548 548Q542 590 496 584L478 581Q500 540 482 492Z", p.Accent);
            if (shade > 0) c.Tone(SockPath, shade);
            c.Raw("</g>");
        }
        c.Raw("</g>");
    }

    public static void Backpack(Canvas c, Pal p)
    {
        c.L("M362 232Q362 186 400 186Q438 186 438 232", p.Deep, 14);
        c.P("M280 300Q248 320 250 420L268 420Q268 330 298 312Z", p.Deep).P("M520 300Q552 320 550 420L532 420Q532 330 502 312Z", p.Deep);
        c.P("M262 430L240 440L240 586Q240 606 262 606Z", p.Deep).P("M538 430L560 440L560 586Q560 606 538 606Z", p.Deep);
        c.P("M262 300Q262 226 340 222L460 222Q538 226 538 300L540 590Q540 622 508 622L292 622Q260 622 260 590Z", p.Base, p.Outline);
        c.Tone("M480 224Q538 232 538 300L540 590Q540 622 508 622L486 622Z", .05);
        c.L("M280 318Q400 268 520 318", p.Line, 4).R(482, 296, 10, 30, 4, Metal);
        c.R(296, 420, 208, 170, 34, p.Base, $" stroke=\"{p.Line}\" stroke-width=\"3\"").Tone("M330 420L470 420Q504 420 504 454L504 556Q504 590 470 590L330 590Q296 590 296 556L296 454Q296 420 330 420Z", .06);
        c.L("M320 446L480 446", p.Line, 4).R(462, 446, 10, 30, 4, Metal);
        c.R(304, 346, 192, 40, 12, p.Deep, p.Outline).R(380, 354, 40, 24, 6, Metal);
    }

    public static void Tote(Canvas c, Pal p)
    {
        Band(c, p, "M330 340Q330 206 400 206Q470 206 470 340", 14);
        c.P("M250 330L550 330L566 612Q566 630 548 630L252 630Q234 630 234 612Z", p.Base, p.Outline);
        c.Tone("M500 330L550 330L566 612Q566 630 548 630L516 630Z", .06);
        c.L("M254 360L546 360", p.Line, 3, Stitch);
        c.C(400, 492, 62, p.Accent).P("M338 498Q368 470 400 494Q432 518 462 490L462 500A62 62 0 0 1 338 500Z", p.Line);
        Band(c, p, "M306 392Q300 186 400 186Q500 186 494 392", 16);
        c.R(294, 368, 24, 30, 3, p.Base, $" stroke=\"{p.Line}\" stroke-width=\"2\"").R(482, 368, 24, 30, 3, p.Base, $" stroke=\"{p.Line}\" stroke-width=\"2\"");
    }

    public static void Wallet(Canvas c, Pal p)
    {
        c.R(300, 256, 170, 110, 10, "#f2c766", " stroke=\"#d9ab45\" stroke-width=\"2\"").R(256, 274, 170, 110, 10, "#e9edf2", " stroke=\"#c9cfd8\" stroke-width=\"2\"");
        c.R(256, 296, 170, 16, 0, "#8d97a6");
        c.R(220, 300, 360, 240, 26, p.Base, p.Outline).Tone("M400 300L554 300Q580 300 580 326L580 514Q580 540 554 540L400 540Z", .06);
        c.R(236, 316, 328, 208, 16, "none", $" stroke=\"{p.Line}\" stroke-width=\"3\"{Stitch}");
        c.L("M400 304L400 536", p.Line, 2, Faint);
        c.P("M484 384L590 384Q604 384 604 398L604 442Q604 456 590 456L484 456Z", p.Deep, p.Outline).C(566, 420, 13, Metal, $" stroke=\"{MetalDark}\" stroke-width=\"3\"");
    }

    public static void Watch(Canvas c, Pal p)
    {
        c.P("M350 150L450 150L446 300L354 300Z", p.Base, p.Outline).P("M354 500L446 500L450 664L350 664Z", p.Base, p.Outline);
        c.Tone("M420 150L450 150L446 300L420 300ZM420 500L446 500L450 664L420 664Z", .08);
        c.R(344, 524, 112, 18, 5, p.Deep, p.Outline);
        foreach (var y in new[] { 570, 600, 630 }) c.C(400, y, 5.5, p.Deep);
        c.R(518, 386, 24, 28, 6, MetalDark).C(400, 400, 124, Metal).C(400, 400, 110, MetalDark).C(400, 400, 102, "#fbfaf7");
        var ticks = new StringBuilder();
        for (var i = 0; i < 12; i++)
        {
            var a = i * Math.PI / 6;
            var (r1, r2) = i % 3 == 0 ? (72.0, 90.0) : (80.0, 90.0);
            ticks.Append($"M{Canvas.F(400 + r1 * Math.Sin(a))} {Canvas.F(400 - r1 * Math.Cos(a))}L{Canvas.F(400 + r2 * Math.Sin(a))} {Canvas.F(400 - r2 * Math.Cos(a))}");
        }
        c.L(ticks.ToString(), Ink, 5);
        c.L("M400 400L400 336", Ink, 8).L("M400 400L452 428", Ink, 6);
        c.L("M400 424L400 322", p.Name is "white" or "grey" or "black" ? "#c9383e" : p.Base, 3).C(400, 400, 8, Ink);
    }

    public static void Sunglasses(Canvas c, Pal p)
    {
        var lens = Palette.Mix(p.Base, "#1f2430", 0.78);
        const string left = "M196 352Q196 330 222 330L360 330Q386 330 384 356L378 420Q372 476 318 478L260 478Q206 476 200 420Z";
        const string right = "M604 352Q604 330 578 330L440 330Q414 330 416 356L422 420Q428 476 482 478L540 478Q594 476 600 420Z";
        Band(c, p, "M194 344L150 330M606 344L650 330", 14);
        foreach (var d in new[] { left, right }) c.P(d, lens, $" stroke=\"{p.Base}\" stroke-width=\"20\" stroke-linejoin=\"round\"");
        if (p.Name == "white") { c.L(left, "#c5cad3", 3); c.L(right, "#c5cad3", 3); }
        c.Tone("M236 348L268 348L232 446L216 430ZM282 348L296 348L258 458L246 458Z", -.16).Tone("M476 348L508 348L472 446L456 430ZM522 348L536 348L498 458L486 458Z", -.16);
        Band(c, p, "M386 350Q400 334 414 350", 14);
    }

    public static void Mug(Canvas c, Pal p)
    {
        Band(c, p, "M496 344Q588 340 588 432Q588 524 496 520", 32);
        c.P("M262 282L498 282L498 560Q498 610 448 610L312 610Q262 610 262 560Z", p.Base, p.Outline);
        c.Tone("M446 300L498 296L498 560Q498 610 448 610L444 610Z", .07).Tone("M284 316L302 316L302 552L284 540Z", -.2);
        c.E(380, 282, 118, 26, p.Base, p.Outline).E(380, 284, 104, 18, p.Deep);
        c.L("M352 232Q336 206 352 184Q368 162 352 140M408 232Q392 206 408 184Q424 162 408 140", p.Line, 5, " stroke-opacity=\".35\"");
    }

    public static void WaterBottle(Canvas c, Pal p)
    {
        c.L("M376 156Q376 118 400 118Q424 118 424 156", MetalDark, 10);
        c.R(362, 150, 76, 62, 14, Metal, $" stroke=\"{MetalDark}\" stroke-width=\"2\"").R(372, 206, 56, 32, 6, "#dde1e6");
        c.P("M372 236L428 236Q470 260 470 310L470 610Q470 640 440 640L360 640Q330 640 330 610L330 310Q330 260 372 236Z", p.Base, p.Outline);
        c.P("M331 420L469 420L469 474L331 474Z", p.Accent).Tone("M440 250Q470 270 470 310L470 610Q470 640 440 640Z", .07);
        c.R(348, 300, 14, 290, 7, "#fff", " fill-opacity=\".35\"");
    }

    public static void Notebook(Canvas c, Pal p)
    {
        c.R(288, 196, 262, 420, 14, "#f4f1e8", " stroke=\"#d8d3c4\" stroke-width=\"2\"");
        c.L("M548 214L548 600M540 614L302 614", "#e2ddcf", 2);
        c.R(270, 184, 262, 420, 14, p.Base, p.Outline).Tone("M284 184L306 184L306 604L284 604Q270 604 270 590L270 198Q270 184 284 184Z", .16);
        c.R(340, 262, 124, 64, 8, "#fbfaf6").L("M360 284L444 284M360 304L420 304", "#cfcabd", 4);
        c.P("M430 600L430 656L442 644L454 656L454 600Z", p.Name == "red" ? "#f0c54b" : "#d9474d");
        c.R(486, 184, 14, 420, 0, p.Deep);
    }

    public static void Lamp(Canvas c, Pal p)
    {
        c.R(392, 380, 16, 200, 6, "#c9a86a");
        c.P("M310 608Q310 560 400 560Q490 560 490 608Z", p.Base, p.Outline).E(400, 608, 90, 12, p.Deep);
        c.E(400, 390, 152, 16, "#ffe39a");
        c.P("M312 190L488 190L556 388L244 388Z", p.Base, p.Outline).Tone("M448 190L488 190L556 388L500 388Z", .07).Tone("M312 190L340 190L292 388L244 388Z", -.12);
        c.L("M244 388L556 388", p.Deep, 8).L("M312 192L488 192", p.Deep, 5);
    }

    public static void Cushion(Canvas c, Pal p)
    {
        const string shape = "M230 236Q400 212 570 236Q596 400 570 564Q400 588 230 564Q204 400 230 236Z";
        c.P(shape, p.Base, p.Outline).Tone("M224 500Q400 530 576 500L570 564Q400 588 230 564Z", .07);
        c.P("M219 380Q400 362 581 380L583 420Q400 402 217 420Z", p.Accent);
        c.L("M244 254Q276 270 296 300M556 254Q524 270 504 300M244 546Q276 530 296 500M556 546Q524 530 504 500", p.Line, 3, " stroke-opacity=\".45\"");
        c.L(shape, p.Line, 5, Faint).C(400, 400, 12, p.Deep, p.Outline);
    }

    public static void PlantPot(Canvas c, Pal p)
    {
        c.P("M368 436Q322 300 346 188Q392 290 398 436Z", "#5f9f6b").P("M392 436Q398 250 432 160Q462 280 422 436Z", "#4a8959");
        c.P("M412 436Q462 320 524 268Q504 370 444 440Z", "#74b37f").P("M362 436Q318 352 262 320Q288 404 344 446Z", "#4a8959");
        c.L("M382 430Q360 320 350 220M408 430Q414 300 428 200M426 430Q470 340 510 290", "#9fd1a6", 3, " stroke-opacity=\".6\"");
        c.P("M292 448L508 448L486 622Q484 636 470 636L330 636Q316 636 314 622Z", p.Base, p.Outline).Tone("M452 448L508 448L486 622Q484 636 470 636L452 636Z", .08);
        c.R(276, 420, 248, 46, 10, p.Base, p.Outline).Tone("M276 452L524 452L524 456Q524 466 514 466L286 466Q276 466 276 456Z", .12);
    }

    public static void Candle(Canvas c, Pal p)
    {
        foreach (var (x, y, w, f) in new[] { (300, 290, 150, 1.0), (470, 440, 110, 0.75) })
        {
            var cx = x + w / 2.0;
            c.C(cx, y - 48 * f, 46 * f, "#ffd98a", " fill-opacity=\".3\"");
            c.R(x, y, w, 640 - y, 12, p.Base, p.Outline).Tone($"M{x + w - 30} {y}L{x + w - 12} {y}Q{x + w} {y} {x + w} {y + 12}L{x + w} 628Q{x + w} 640 {x + w - 12} 640L{x + w - 30} 640Z", .07);
            c.E(cx, y, w / 2.0, 13 * f, p.Base, p.Outline).E(cx, y + 2, w / 2.0 - 12, 8 * f, p.Deep, " fill-opacity=\".35\"");
            c.L($"M{Canvas.F(cx)} {y}L{Canvas.F(cx)} {Canvas.F(y - 26 * f)}", "#3a3330", 4);
            c.P($"M{Canvas.F(cx)} {Canvas.F(y - 24 * f)}Q{Canvas.F(cx - 18 * f)} {Canvas.F(y - 48 * f)} {Canvas.F(cx)} {Canvas.F(y - 86 * f)}Q{Canvas.F(cx + 18 * f)} {Canvas.F(y - 48 * f)} {Canvas.F(cx)} {Canvas.F(y - 24 * f)}Z", "#ffae42");
            c.E(cx, y - 40 * f, 6 * f, 12 * f, "#ffe58f");
        }
        c.R(300, 470, 150, 64, 0, "#efe2c8").L("M330 494L420 494M346 512L404 512", "#c9b48a", 4);
    }

    public static void Headphones(Canvas c, Pal p)
    {
        Band(c, p, "M254 430Q246 190 400 190Q554 190 546 430", 30);
        c.L("M300 292Q318 238 400 236Q482 238 500 292", p.Deep, 14);
        c.R(242, 396, 24, 56, 6, Metal).R(534, 396, 24, 56, 6, Metal);
        c.R(276, 440, 40, 150, 20, "#3a3a40").R(484, 440, 40, 150, 20, "#3a3a40");
        c.R(212, 420, 84, 190, 38, p.Base, p.Outline).R(504, 420, 84, 190, 38, p.Base, p.Outline);
        c.R(228, 452, 52, 126, 26, "none", $" stroke=\"{p.Line}\" stroke-width=\"3\"").R(520, 452, 52, 126, 26, "none", $" stroke=\"{p.Line}\" stroke-width=\"3\"");
        c.Tone("M250 420L258 420Q296 420 296 458L296 572Q296 610 258 610L250 610ZM542 420L550 420Q588 420 588 458L588 572Q588 610 550 610L542 610Z", .07);
    }

    public static void PhoneCase(Canvas c, Pal p)
    {
        c.R(284, 282, 8, 60, 3, p.Deep).R(508, 300, 8, 84, 3, p.Deep);
        c.R(290, 168, 220, 464, 42, p.Base, p.Outline).Tone("M470 168L468 168Q510 168 510 210L510 590Q510 632 468 632Z", .07);
        c.R(300, 178, 200, 444, 34, "none", $" stroke=\"{p.Line}\" stroke-width=\"2\"{Faint}");
        c.R(312, 190, 104, 104, 26, p.Deep, p.Outline);
        foreach (var (x, y) in new[] { (340, 218), (388, 242), (340, 266) }) c.C(x, y, 17, "#1f232b", " stroke=\"#5a606b\" stroke-width=\"4\"");
        c.C(388, 208, 7, "#f6e7b0");
        c.C(400, 430, 28, "none", $" stroke=\"{p.Line}\" stroke-width=\"5\"{Faint}");
    }

    public static void YogaMat(Canvas c, Pal p)
    {
        c.P("M230 330L560 330L560 490L230 490A40 80 0 0 1 230 330Z", p.Base, p.Outline);
        c.Tone("M205 350L560 350L560 372L196 372Z", -.14).Tone("M196 448L560 448L560 490L230 490Q210 470 196 448Z", .08);
        c.L("M312 326Q398 240 484 326", p.Deep, 8);
        foreach (var x in new[] { 298, 470 }) c.P($"M{x} 326Q{x + 14} 322 {x + 28} 326L{x + 28} 494Q{x + 14} 498 {x} 494Z", p.Deep, p.Outline);
        c.E(560, 410, 42, 80, p.Base, p.Outline).Tone("M560 330A42 80 0 0 1 560 490Z", -.1);
        c.E(563, 410, 30, 60, "none", $" stroke=\"{p.Line}\" stroke-width=\"4\"").E(566, 410, 18, 38, "none", $" stroke=\"{p.Line}\" stroke-width=\"4\"");
        c.E(568, 410, 7, 15, p.Deep);
    }

    public static void Scarf(Canvas c, Pal p)
    {
        c.E(400, 300, 160, 78, p.Base, p.Outline).E(400, 290, 102, 40, p.Deep);
        const string front = "M240 300A160 78 0 0 0 560 300L502 292A102 40 0 0 1 298 292Z";
        c.P(front, p.Base, p.Outline).Tone(front, .05);
        c.L("M300 250L286 286M340 232L334 262M460 232L466 262M500 250L514 286M330 346L322 366M470 346L478 366", p.Line, 3, Faint);
        var fringe = new StringBuilder();
        foreach (var (top, bottom, shade) in new[] { ((404.0, 352.0, 470.0, 348.0), (476.0, 570.0, 548.0, 562.0), .1), ((338.0, 356.0, 410.0, 356.0), (322.0, 602.0, 398.0, 606.0), 0) })
        {
            var (ax, ay, bx, by) = top; var (cx, cy, dx, dy) = bottom;
            // A point t of the way down the tail's left (a to c) or right (b to d) edge.
            string Left(double t) => $"{Canvas.F(ax + (cx - ax) * t)} {Canvas.F(ay + (cy - ay) * t)}";
            string Right(double t) => $"{Canvas.F(bx + (dx - bx) * t)} {Canvas.F(by + (dy - by) * t)}";
            var d = $"M{ax} {ay}L{bx} {by}L{dx} {dy}L{cx} {cy}Z";
            c.P(d, p.Base, p.Outline).Tone(d, shade);
            foreach (var t in new[] { .66, .76 }) c.P($"M{Left(t)}L{Right(t)}L{Right(t + .05)}L{Left(t + .05)}Z", p.Accent);
            for (var i = 0; i <= 8; i++)
                fringe.Append($"M{Canvas.F(cx + (dx - cx) * i / 8)} {Canvas.F(cy + (dy - cy) * i / 8)}l1 30");
            c.L(fringe.ToString(), p.Base, 4.5);
            if (p.Name == "white") c.L(fringe.ToString(), "#c5cad3", 1.5);
            fringe.Clear();
        }
        c.P("M336 330Q370 316 412 330Q428 352 410 372Q372 380 340 368Q326 350 336 330Z", p.Base, p.Outline).Tone("M336 330Q370 316 412 330Q428 352 410 372Q372 380 340 368Q326 350 336 330Z", .12);
    }
}

static class Brand
{
    const string Indigo = "#4f46e5", Coral = "#ff7a59", Ink = "#1f2433";

    // The mark: a shopping bag with a smile on an indigo tile, drawn on a 64 x 64 grid.
    static string Mark(string tile, string bag, string smile) =>
        new Canvas().R(0, 0, 64, 64, 16, tile)
            .L("M25 27v-5a7 7 0 0 1 14 0v5", bag, 4)
            .P("M17 26h30l-2.2 23.5a4.5 4.5 0 0 1-4.5 4.1H23.7a4.5 4.5 0 0 1-4.5-4.1z", bag)
            .L("M26 37q6 6.5 12 0", smile, 3.6)
            .C(50, 14, 5, Coral).ToString();

    public static IEnumerable<(string Name, string Svg)> All()
    {
        yield return ("logo-mark", Svg.Doc(64, 64, "Commerce logo mark: a smiling shopping bag", Mark(Indigo, "#fff", Indigo)));
        yield return ("favicon", Svg.Doc(64, 64, "Commerce", Mark(Indigo, "#fff", Indigo)));
        yield return ("logo", Svg.Doc(160, 40, "Commerce",
            $"<g transform=\"scale(.625)\">\n{Mark(Indigo, "#fff", Indigo)}</g>\n" +
            $"<text x=\"49\" y=\"28\" font-family=\"system-ui, sans-serif\" font-size=\"22\" font-weight=\"700\" letter-spacing=\"-.3\" fill=\"{Ink}\" textLength=\"108\" lengthAdjust=\"spacingAndGlyphs\">Commerce</text>\n"));
        yield return ("hero", Svg.Doc(1600, 600, "Soft abstract shapes in indigo, coral, mint and sand", Hero(),
            "<linearGradient id=\"bg\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"><stop offset=\"0\" stop-color=\"#f6f4ff\"/><stop offset=\"1\" stop-color=\"#fff3ec\"/></linearGradient>"));
        yield return ("og-default", Svg.Doc(1200, 630, "Commerce: independent shops, one checkout", Og(),
            "<linearGradient id=\"og\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"><stop offset=\"0\" stop-color=\"#4f46e5\"/><stop offset=\"1\" stop-color=\"#7c5cf6\"/></linearGradient>"));
    }

    static string Hero()
    {
        var c = new Canvas().R(0, 0, 1600, 600, 0, "url(#bg)");
        // Shapes gather on the right so a headline on the left stays readable.
        c.C(60, 60, 180, "#f2efff").C(560, 620, 110, "#fff0e8");
        c.P(Blob(1270, 320, 250, 0.3), "#e2deff").P(Blob(1010, 250, 130, 1.7), "#ffd8ca").P(Blob(1440, 450, 100, 4.1), "#c8efdc");
        c.C(1390, 120, 44, "#ffe6a1").C(1530, 250, 40, "none", " stroke=\"#b8b0ff\" stroke-width=\"9\"").C(880, 470, 24, "none", " stroke=\"#ffb39c\" stroke-width=\"7\"");
        c.R(1130, 440, 100, 100, 28, "#ffc2b0", " transform=\"rotate(18 1180 490)\"");
        c.L("M700 530Q740 500 780 530T860 530T940 530", "#c7c0ff", 7);
        var dots = new StringBuilder();
        for (var y = 0; y < 4; y++)
            for (var x = 0; x < 6; x++) dots.Append($"M{1140 + x * 26} {40 + y * 26}h.01");
        c.L(dots.ToString(), "#a79df5", 7);
        foreach (var (x, y, r) in new[] { (930, 390, 16), (1560, 380, 12), (1330, 560, 14), (850, 180, 10) })
            c.P($"M{x} {y - r}Q{x} {y} {x + r} {y}Q{x} {y} {x} {y + r}Q{x} {y} {x - r} {y}Q{x} {y} {x} {y - r}Z", "#8b80f0");
        return c.ToString();
    }

    // A soft closed shape: a circle whose radius wobbles by two low harmonics, joined with Catmull-Rom curves.
    static string Blob(double cx, double cy, double r, double phase)
    {
        const int n = 16;
        var pts = Enumerable.Range(0, n).Select(i =>
        {
            var a = 2 * Math.PI * i / n;
            var k = 1 + 0.07 * Math.Sin(2 * a + phase) + 0.04 * Math.Cos(3 * a + 2 * phase);
            return (X: cx + r * k * Math.Cos(a), Y: cy + r * k * Math.Sin(a));
        }).ToArray();
        var sb = new StringBuilder($"M{Canvas.F(pts[0].X)} {Canvas.F(pts[0].Y)}");
        for (var i = 0; i < n; i++)
        {
            var (p0, p1, p2, p3) = (pts[(i + n - 1) % n], pts[i], pts[(i + 1) % n], pts[(i + 2) % n]);
            sb.Append($"C{Canvas.F(p1.X + (p2.X - p0.X) / 6)} {Canvas.F(p1.Y + (p2.Y - p0.Y) / 6)} {Canvas.F(p2.X - (p3.X - p1.X) / 6)} {Canvas.F(p2.Y - (p3.Y - p1.Y) / 6)} {Canvas.F(p2.X)} {Canvas.F(p2.Y)}");
        }
        return sb.Append('Z').ToString();
    }

    static string Og()
    {
        var c = new Canvas().R(0, 0, 1200, 630, 0, "url(#og)");
        c.C(1060, 120, 220, "#6a5cf0").C(1120, 560, 150, "#ff8f72", " fill-opacity=\".85\"").C(880, 520, 60, "#8fe3bd", " fill-opacity=\".9\"");
        c.Raw($"<g transform=\"translate(110 215) scale(2.5)\">\n{Mark("#fff", Indigo, "#fff")}</g>");
        c.Raw("<text x=\"300\" y=\"322\" font-family=\"system-ui, sans-serif\" font-size=\"96\" font-weight=\"700\" fill=\"#fff\">Commerce</text>");
        c.Raw("<text x=\"304\" y=\"384\" font-family=\"system-ui, sans-serif\" font-size=\"36\" fill=\"#e0e7ff\">Independent shops, one checkout</text>");
        return c.ToString();
    }
}
