namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class TypoTolerance(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task TshirtFindsTShirt() => Assert.Contains("Classic T-Shirt", (await store.SearchAsync("tshirt")).Names());

    [Fact]
    public async Task TShrtFindsTShirt() => Assert.Contains("Classic T-Shirt", (await store.SearchAsync("TShrt")).Names());

    [Fact]
    public async Task HyphenatedTShirtFindsTShirt() => Assert.Equal("Classic T-Shirt", (await store.SearchAsync("t-shirt")).Names()[0]);

    [Fact]
    public async Task TShirtsWithSpaceFindsTShirt() => Assert.Contains("Classic T-Shirt", (await store.SearchAsync("t shirts")).Names());

    [Fact]
    public async Task PluralFindsSingular()
    {
        var names = (await store.SearchAsync("shirts")).Names();

        Assert.Contains("Linen Shirt", names);
        Assert.Contains("Classic T-Shirt", names);
    }

    [Fact]
    public async Task SweterFindsSweater() => Assert.Equal("Merino Sweater", (await store.SearchAsync("sweter")).Names()[0]);

    [Fact]
    public async Task CaseDoesNotMatter() => Assert.Equal("Classic T-Shirt", (await store.SearchAsync("CLASSIC T-SHIRT")).Names()[0]);

    [Fact]
    public async Task ShortWordsNeedACloserSpelling() => Assert.DoesNotContain("Classic T-Shirt", (await store.SearchAsync("tea")).Names());
}
