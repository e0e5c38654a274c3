using Commerce.Core.Catalog.Search;

namespace Commerce.Core.Tests.Catalog.Search;

public class QueryTextNormalizing
{
    [Fact]
    public void TrimsAndKeepsOrdinaryText() =>
        Assert.Equal("Crème brûlée 👕", ProductQueryString.NormalizeText("  Crème brûlée 👕 "));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData("\0\u0007")]
    public void NothingLeftIsNull(string? text) => Assert.Null(ProductQueryString.NormalizeText(text));

    [Fact]
    public void DropsNulAndOtherControlCharacters() =>
        Assert.Equal("drop table", ProductQueryString.NormalizeText("dr\0op \u0007table"));

    [Fact]
    public void LineBreaksSeparateWords() =>
        Assert.Equal("linen shirt cotton", ProductQueryString.NormalizeText("linen\nshirt\tcotton"));

    [Fact]
    public void CapsTheLength() =>
        Assert.Equal(ProductQuery.MaxTextLength, ProductQueryString.NormalizeText(new string('x', 10_000))!.Length);

    [Fact]
    public void NeverCutsAnEmojiInHalf()
    {
        // 199 letters then an emoji (two UTF-16 units) straddling the cap: half a surrogate pair cannot be sent to a database.
        var text = new string('a', ProductQuery.MaxTextLength - 1) + "👕👕";

        var normalized = ProductQueryString.NormalizeText(text)!;

        Assert.False(char.IsHighSurrogate(normalized[^1]));
        Assert.True(normalized.Length <= ProductQuery.MaxTextLength);
    }

    [Fact]
    public void ParsedValuesNeverEndInHalfAnEmoji()
    {
        var value = new string('a', ProductQuery.MaxTextLength - 1) + "👕";

        var query = ProductQueryString.Parse(QueryParams.Of(("q", value), ("colour", value)));

        Assert.False(char.IsHighSurrogate(query.Text![^1]));
        Assert.False(char.IsHighSurrogate(query.Options["Colour"][0][^1]));
    }
}
