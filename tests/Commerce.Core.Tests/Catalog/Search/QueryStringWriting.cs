using Commerce.Core.Catalog.Search;

namespace Commerce.Core.Tests.Catalog.Search;

public class QueryStringWriting
{
    [Fact]
    public void DefaultQueryWritesNothing() => Assert.Equal("", ProductQueryString.Write(new ProductQuery()));

    [Fact]
    public void WritesParametersInAStableOrder()
    {
        var query = new ProductQuery
        {
            Text = "linen shirt",
            Options = new Dictionary<string, IReadOnlyList<string>> { ["Size"] = ["M"], ["Colour"] = ["Navy"] },
            VendorSlugs = ["northwind"],
            MinPrice = 10m,
            MaxPrice = 49.99m,
            InStockOnly = true,
            Sort = ProductSort.PriceHighLow,
            Page = 2,
        };

        Assert.Equal("?q=linen%20shirt&colour=Navy&size=M&vendor=northwind&min=10&max=49.99&instock=1&sort=price-desc&page=2",
            ProductQueryString.Write(query));
    }

    [Fact]
    public void TheSameSelectionGivesTheSameLinkWhateverTheOrderItWasMadeIn()
    {
        var first = ProductQueryString.Toggle(ProductQueryString.Toggle(new ProductQuery(), "size", "M"), "size", "L");
        var second = ProductQueryString.Toggle(ProductQueryString.Toggle(new ProductQuery(), "size", "L"), "size", "M");
        var vendorsA = new ProductQuery { VendorSlugs = ["b-shop", "a-shop"] };
        var vendorsB = new ProductQuery { VendorSlugs = ["a-shop", "b-shop"] };

        Assert.Equal(ProductQueryString.Write(first), ProductQueryString.Write(second));
        Assert.Equal(ProductQueryString.Write(vendorsA), ProductQueryString.Write(vendorsB));
    }

    [Fact]
    public void EscapesReservedCharacters() =>
        Assert.Equal("?q=50%25%20off%20%26%20more%3F", ProductQueryString.Write(new ProductQuery { Text = "50% off & more?" }));

    [Fact]
    public void RoundTripsThroughParse()
    {
        var query = new ProductQuery
        {
            Text = "crème & co",
            Options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["Colour"] = ["Navy", "White"] },
            VendorSlugs = ["northwind"],
            MinPrice = 5.5m,
            InStockOnly = true,
            Sort = ProductSort.BestSelling,
            Page = 4,
        };

        var written = ProductQueryString.Write(query);
        var pairs = written.TrimStart('?').Split('&').Select(p => p.Split('='))
            .Select(kv => (Uri.UnescapeDataString(kv[0]), (string?)Uri.UnescapeDataString(kv[1]))).ToArray();
        var parsed = ProductQueryString.Parse(QueryParams.Of(pairs));

        Assert.Equal(written, ProductQueryString.Write(parsed));
        Assert.Equal(query.Text, parsed.Text);
        Assert.Equal(["Navy", "White"], parsed.Options["Colour"]);
        Assert.Equal(4, parsed.Page);
    }

    [Fact]
    public void FirstPageIsNotWritten() =>
        Assert.Equal("?q=tee", ProductQueryString.Write(new ProductQuery { Text = "tee", Page = 1 }));
}
