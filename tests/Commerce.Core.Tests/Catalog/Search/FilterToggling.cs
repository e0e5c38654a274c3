using Commerce.Core.Catalog.Search;

namespace Commerce.Core.Tests.Catalog.Search;

public class FilterToggling
{
    [Fact]
    public void TurnsAnOptionValueOnAndOff()
    {
        var on = ProductQueryString.Toggle(new ProductQuery(), "size", "M");
        var off = ProductQueryString.Toggle(on, "SIZE", "m");

        Assert.Equal(["M"], on.Options["Size"]);
        Assert.Empty(off.Options);
    }

    [Fact]
    public void KeepsOtherValuesAndOptions()
    {
        var query = new ProductQuery
        {
            Options = new Dictionary<string, IReadOnlyList<string>> { ["Size"] = ["M"], ["Colour"] = ["Navy"] },
        };

        var toggled = ProductQueryString.Toggle(query, "size", "L");

        Assert.Equal(["M", "L"], toggled.Options["Size"]);
        Assert.Equal(["Navy"], toggled.Options["Colour"]);
    }

    [Fact]
    public void TogglesVendors()
    {
        var on = ProductQueryString.Toggle(new ProductQuery(), "vendor", "northwind");
        var off = ProductQueryString.Toggle(on, "Vendor", "northwind");

        Assert.Equal(["northwind"], on.VendorSlugs);
        Assert.Empty(off.VendorSlugs);
    }

    [Fact]
    public void GoesBackToTheFirstPage() =>
        Assert.Equal(1, ProductQueryString.Toggle(new ProductQuery { Page = 7 }, "colour", "Navy").Page);

    [Fact]
    public void LeavesTheOriginalQueryAlone()
    {
        var query = new ProductQuery { Options = new Dictionary<string, IReadOnlyList<string>> { ["Size"] = ["M"] } };

        ProductQueryString.Toggle(query, "size", "L");

        Assert.Equal(["M"], query.Options["Size"]);
    }

    [Theory]
    [InlineData("q", true)]
    [InlineData("PAGE", true)]
    [InlineData("vendor", true)]
    [InlineData("size", false)]
    public void KnowsItsReservedKeys(string key, bool reserved) => Assert.Equal(reserved, ProductQueryString.IsReserved(key));
}
