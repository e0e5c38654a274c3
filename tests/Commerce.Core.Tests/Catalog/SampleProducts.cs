using Commerce.Core.Catalog;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

internal static class SampleProducts
{
    public static Product Tee(decimal price = 20m) =>
        new(vendorId: 1, categoryId: 1, "Organic Tee", "organic-tee", "tee", new Money(price, "USD"));

    public static Dictionary<string, string> Options(string size, string colour) =>
        new() { ["Size"] = size, ["Colour"] = colour };
}
