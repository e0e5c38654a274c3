using Commerce.Core.Catalog.Search;

namespace Commerce.Core.Tests.Catalog.Search;

public class QueryStringParsing
{
    [Fact]
    public void ReadsEveryParameter()
    {
        var query = ProductQueryString.Parse(QueryParams.Of(
            ("q", "linen shirt"), ("size", "M"), ("size", "L"), ("colour", "Navy"), ("vendor", "northwind"),
            ("min", "10"), ("max", "50.5"), ("instock", "1"), ("sort", "price-asc"), ("page", "3")), categoryIds: [4, 7]);

        Assert.Equal("linen shirt", query.Text);
        Assert.Equal([4, 7], query.CategoryIds);
        Assert.Equal(["M", "L"], query.Options["Size"]);
        Assert.Equal(["Navy"], query.Options["Colour"]);
        Assert.Equal(["northwind"], query.VendorSlugs);
        Assert.Equal(10m, query.MinPrice);
        Assert.Equal(50.5m, query.MaxPrice);
        Assert.True(query.InStockOnly);
        Assert.Equal(ProductSort.PriceLowHigh, query.Sort);
        Assert.Equal(3, query.Page);
    }

    [Fact]
    public void NoParametersIsTheWholeCatalogNewestFirst()
    {
        var query = ProductQueryString.Parse(QueryParams.Of());

        Assert.Null(query.Text);
        Assert.Empty(query.CategoryIds);
        Assert.Empty(query.Options);
        Assert.False(query.HasFilters);
        Assert.Equal(ProductSort.Relevance, query.Sort);
        Assert.Equal(ProductSort.Newest, query.EffectiveSort);
        Assert.Equal(1, query.Page);
    }

    [Fact]
    public void OptionKeysAreCaseInsensitiveAndValuesDeduplicated()
    {
        var query = ProductQueryString.Parse(QueryParams.Of(("SIZE", "m"), ("Size", "M"), ("size", "L")));

        Assert.Equal(["m", "L"], query.Options["size"]);
    }

    [Fact]
    public void UnknownParametersAndEmptyValuesAreIgnored()
    {
        var query = ProductQueryString.Parse(QueryParams.Of(("material", "wool"), ("size", " "), ("colour", null), ("utm_source", "mail")));

        Assert.Empty(query.Options);
        Assert.False(query.HasFilters);
    }

    [Theory]
    [InlineData("relevance", ProductSort.Relevance)]
    [InlineData("newest", ProductSort.Newest)]
    [InlineData("PRICE-DESC", ProductSort.PriceHighLow)]
    [InlineData("best-selling", ProductSort.BestSelling)]
    [InlineData("cheapest", ProductSort.Relevance)]
    public void SortKeysMapToSorts(string key, ProductSort expected) =>
        Assert.Equal(expected, ProductQueryString.Parse(QueryParams.Of(("sort", key))).Sort);

    [Theory]
    [InlineData("1", true)]
    [InlineData("true", true)]
    [InlineData("on", true)]
    [InlineData("0", false)]
    [InlineData("yes please", false)]
    public void InStockAcceptsCheckboxValues(string value, bool expected) =>
        Assert.Equal(expected, ProductQueryString.Parse(QueryParams.Of(("instock", value))).InStockOnly);

    [Fact]
    public void TextWithOnlyWhitespaceIsNoText()
    {
        var query = ProductQueryString.Parse(QueryParams.Of(("q", "   ")));

        Assert.Null(query.Text);
        Assert.False(query.HasText);
    }
}
