using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class Facets(SearchStore store) : IClassFixture<SearchStore>
{
    private static Dictionary<string, IReadOnlyList<string>> Options(params (string Name, string[] Values)[] options) =>
        options.ToDictionary(o => o.Name, o => (IReadOnlyList<string>)o.Values, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task CountsIgnoreOwnSelection()
    {
        var all = await store.SearchAsync(new ProductQuery());
        var medium = await store.SearchAsync(new ProductQuery { Options = Options(("Size", ["M"])) });

        // Ticking M leaves the size counts as they were, so S and L can still be added...
        Assert.Equal(all.Facet("size").Values.Select(v => (v.Value, v.Count)), medium.Facet("size").Values.Select(v => (v.Value, v.Count)));
        // ...while colours only count products that come in M.
        Assert.Equal(2, all.Facet("size").Count("S"));
        Assert.Equal(2, medium.Facet("colour").Count("White"));
        Assert.Equal(1, medium.Facet("colour").Count("Olive"));
        Assert.DoesNotContain(medium.Facet("colour").Values, v => v.Value == "Black");
        Assert.Equal(5, medium.TotalCount);
    }

    [Fact]
    public async Task EachFacetAppliesTheOthersSelections()
    {
        var result = await store.SearchAsync(new ProductQuery
        {
            Options = Options(("Size", ["M"]), ("Colour", ["Navy"])),
            VendorSlugs = [SearchCatalog.Northwind],
        });

        Assert.Equal([("S", 1), ("M", 2), ("L", 2)], result.Facet("size").Values.Select(v => (v.Value, v.Count)));
        Assert.Equal(2, result.Facet("colour").Count("Navy"));
        Assert.Equal(2, result.Facet("vendor").Count(SearchCatalog.Northwind));
        Assert.Equal(2, result.TotalCount);
    }

    [Fact]
    public async Task SizesInNaturalOrder()
    {
        var sizes = (await store.SearchAsync(new ProductQuery())).Facet("size").Values.Select(v => v.Value);

        Assert.Equal(["S", "M", "L", "XL", "8", "9", "10"], sizes);
    }

    [Fact]
    public async Task ColoursAlphabeticalWithCatalogCasing()
    {
        var colours = (await store.SearchAsync(new ProductQuery())).Facet("colour").Values.Select(v => (v.Value, v.Label));

        Assert.Equal([("Black", "Black"), ("Grey", "Grey"), ("Navy", "Navy"), ("Olive", "Olive"), ("White", "White")], colours);
    }

    [Fact]
    public async Task VendorsShowNamesAndFilterBySlug()
    {
        var vendors = (await store.SearchAsync(new ProductQuery())).Facet("vendor").Values.Select(v => (v.Value, v.Label, v.Count));

        Assert.Equal([(SearchCatalog.Atelier, "Atelier Crème", 4), (SearchCatalog.Northwind, "Northwind Threads", 5)], vendors);
    }

    [Fact]
    public async Task SelectedValuesAreFlagged()
    {
        var result = await store.SearchAsync(new ProductQuery { Options = Options(("colour", ["navy"])), VendorSlugs = [SearchCatalog.Northwind] });

        Assert.Equal(["Navy"], result.Facet("colour").Values.Where(v => v.Selected).Select(v => v.Value));
        Assert.Equal([SearchCatalog.Northwind], result.Facet("vendor").Values.Where(v => v.Selected).Select(v => v.Value));
        Assert.DoesNotContain(result.Facet("size").Values, v => v.Selected);
    }

    [Fact]
    public async Task ASelectedValueWithNothingLeftStaysListedToUntick()
    {
        var result = await store.SearchAsync(new ProductQuery { Text = "candle", Options = Options(("Size", ["XL"])) });

        var xl = Assert.Single(result.Facet("size").Values);
        Assert.Equal(("XL", 0, true), (xl.Value, xl.Count, xl.Selected));
        Assert.Empty(result.Items);
    }

    [Fact]
    public async Task PriceBoundsIgnoreThePriceFilter()
    {
        var result = await store.SearchAsync(new ProductQuery { MinPrice = 40m, MaxPrice = 50m });

        Assert.Equal(new PriceBounds(18m, 90m), result.PriceBounds);
        Assert.Equal(["Gift Card", "Linen Shirt"], result.Names().Order());
    }

    [Fact]
    public async Task FacetsFollowTheText()
    {
        var result = await store.SearchAsync("knitwear");

        Assert.Equal(["S", "M", "L", "XL"], result.Facet("size").Values.Select(v => v.Value));
        Assert.Equal([SearchCatalog.Atelier], result.Facet("vendor").Values.Select(v => v.Value));
        Assert.Equal(new PriceBounds(25m, 90m), result.PriceBounds);
    }

    [Fact]
    public async Task NothingFoundMeansNoFacetsAndNoPriceBounds()
    {
        var result = await store.SearchAsync("zzzzqqqq");

        Assert.Empty(result.Facets);
        Assert.Null(result.PriceBounds);
        Assert.Equal(0, result.TotalCount);
    }
}
