using Commerce.Core.Catalog;

namespace Commerce.Core.Tests.Catalog;

/// <summary>
/// A tee in Size (S, M, L) × Colour (Red, Blue). L/Blue is not made and M/Red is sold out:
/// <code>
///         Red        Blue
///   S     1          2
///   M     3 (sold)   4
///   L     5          —
/// </code>
/// </summary>
internal static class VariantMatrixSamples
{
    public const int SmallRed = 1, SmallBlue = 2, MediumRed = 3, MediumBlue = 4, LargeRed = 5;

    public static VariantMatrix Tee() => new(["Size", "Colour"],
    [
        Variant(SmallRed, "S", "Red"),
        Variant(SmallBlue, "S", "Blue"),
        Variant(MediumRed, "M", "Red", canBuy: false),
        Variant(MediumBlue, "M", "Blue"),
        Variant(LargeRed, "L", "Red"),
    ]);

    public static VariantChoice Variant(int id, string size, string colour, bool canBuy = true) =>
        new(id, Selection(size, colour), canBuy);

    public static Dictionary<string, string> Selection(string size, string colour) =>
        new() { ["Size"] = size, ["Colour"] = colour };
}
