using Bunit;
using Commerce.Web.Storefront.Shared;

namespace Commerce.Web.Tests.Components.Shared;

public sealed class PaginationLinks
{
    private static readonly Func<int, string> Link = page => $"/c/tees?page={page}";

    [Fact]
    public async Task MiddlePageShowsFirstLastTwoEitherSideAndGaps()
    {
        await using var bunit = new BunitContext();
        var pages = Render(bunit, current: 5, count: 10);

        Assert.Equal(["← Previous", "1", "…", "3", "4", "5", "6", "7", "…", "10", "Next →"],
            pages.FindAll("nav.pagination > *").Select(e => e.TextContent.Trim()));
        Assert.Equal("5", pages.Find("[aria-current=page]").TextContent);
        Assert.Equal("span", pages.Find("[aria-current=page]").LocalName);
        Assert.Equal("/c/tees?page=10", pages.FindAll("nav.pagination a").Single(a => a.TextContent == "10").GetAttribute("href"));
    }

    [Fact]
    public async Task PreviousAndNextAreRelLinksToTheNeighbouringPages()
    {
        await using var bunit = new BunitContext();
        var pages = Render(bunit, current: 5, count: 10);

        Assert.Equal("/c/tees?page=4", pages.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/c/tees?page=6", pages.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public async Task FirstPageHasNoPreviousAndLastPageHasNoNext()
    {
        await using var bunit = new BunitContext();

        var first = Render(bunit, current: 1, count: 10);
        Assert.Empty(first.FindAll("a[rel=prev]"));
        Assert.Equal("/c/tees?page=2", first.Find("a[rel=next]").GetAttribute("href"));

        var last = Render(bunit, current: 10, count: 10);
        Assert.Empty(last.FindAll("a[rel=next]"));
        Assert.Equal("/c/tees?page=9", last.Find("a[rel=prev]").GetAttribute("href"));
    }

    [Fact]
    public async Task NoGapIsShownWhereThePagesAreContiguous()
    {
        await using var bunit = new BunitContext();
        var pages = Render(bunit, current: 2, count: 5);

        Assert.Empty(pages.FindAll(".gap"));
        Assert.Equal(["1", "2", "3", "4", "5"], pages.FindAll("nav.pagination > :not([rel])").Select(e => e.TextContent));
    }

    [Fact]
    public async Task SinglePageRendersNoNavigation()
    {
        await using var bunit = new BunitContext();
        var pages = Render(bunit, current: 1, count: 1);

        Assert.Empty(pages.FindAll("nav"));
        Assert.Equal("", pages.Markup.Trim());
    }

    private static IRenderedComponent<Pagination> Render(BunitContext bunit, int current, int count) =>
        bunit.Render<Pagination>(p => p.Add(x => x.Current, current).Add(x => x.PageCount, count).Add(x => x.LinkFor, Link));
}
