using Commerce.Core.Catalog.Search;

namespace Commerce.Core.Tests.Catalog.Search;

public class QueryClamping
{
    [Theory]
    [InlineData("0", 1)]
    [InlineData("-4", 1)]
    [InlineData("1001", ProductQuery.MaxPage)]
    [InlineData("99999999999999", 1)]
    [InlineData("two", 1)]
    [InlineData("2.5", 1)]
    public void PageStaysWithinRange(string page, int expected) =>
        Assert.Equal(expected, ProductQueryString.Parse(QueryParams.Of(("page", page))).Page);

    [Fact]
    public void WithPageClamps()
    {
        var query = new ProductQuery();

        Assert.Equal(1, query.WithPage(-3).Page);
        Assert.Equal(ProductQuery.MaxPage, query.WithPage(int.MaxValue).Page);
        Assert.Equal(48, query.WithPage(3).Offset);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("1000000")]
    [InlineData("NaN")]
    [InlineData("1e3")]
    public void ImplausiblePricesAreIgnored(string price) =>
        Assert.Null(ProductQueryString.Parse(QueryParams.Of(("min", price))).MinPrice);

    [Fact]
    public void PricesAreRoundedToCents() =>
        Assert.Equal(12.35m, ProductQueryString.Parse(QueryParams.Of(("max", "12.349"))).MaxPrice);

    [Fact]
    public void ReversedPriceRangeIsSwapped()
    {
        var query = ProductQueryString.Parse(QueryParams.Of(("min", "80"), ("max", "20")));

        Assert.Equal(20m, query.MinPrice);
        Assert.Equal(80m, query.MaxPrice);
    }

    [Fact]
    public void AtMostTwentyValuesPerFilter()
    {
        var sizes = Enumerable.Range(1, 50).Select(i => ("size", (string?)i.ToString())).ToArray();
        var vendors = Enumerable.Range(1, 50).Select(i => ("vendor", (string?)$"v{i}")).ToArray();

        var query = ProductQueryString.Parse(QueryParams.Of([.. sizes, .. vendors]));

        Assert.Equal(20, query.Options["Size"].Count);
        Assert.Equal(20, query.VendorSlugs.Count);
    }

    [Fact]
    public void LongValuesAreCut()
    {
        var query = ProductQueryString.Parse(QueryParams.Of(("q", new string('a', 5000)), ("colour", new string('b', 5000))));

        Assert.Equal(ProductQuery.MaxTextLength, query.Text!.Length);
        Assert.Equal(ProductQuery.MaxTextLength, query.Options["Colour"][0].Length);
    }
}
