using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>What only a real cluster can show: analysis, fuzziness and aggregations as Elasticsearch computes them.</summary>
public sealed class RealClusterSearch(IndexedCatalog indexed) : IClassFixture<IndexedCatalog>
{
    private SearchCatalog Catalog => indexed.Catalog;

    private Task<ProductSearchResult> SearchAsync(ProductQuery query) => indexed.Search.SearchAsync(query);

    private static Dictionary<string, IReadOnlyList<string>> Sizes(params string[] sizes) => new() { ["Size"] = sizes };

    [ElasticsearchFact]
    public void TheRebuildIndexedEverySellableProduct() => Assert.Equal(Catalog.Sellable.Count, indexed.IndexedCount);

    [ElasticsearchFact]
    public async Task ATypoStillFindsTheTShirt()
    {
        var result = await SearchAsync(new ProductQuery { Text = "tshrt" });

        Assert.Equal(Catalog.TShirt, result.Items[0].Id);
    }

    [ElasticsearchFact]
    public async Task HyphenatedSplitAndJoinedSpellingsAllFindTheTShirt()
    {
        foreach (var text in new[] { "t-shirt", "T Shirt", "tshirt" })
            Assert.Contains((await SearchAsync(new ProductQuery { Text = text })).Items, p => p.Id == Catalog.TShirt);
    }

    [ElasticsearchFact]
    public async Task AVariantSkuFindsItsProductFirstWhateverTheCase()
    {
        foreach (var sku in new[] { "TSH-CLASSIC-XL", "tsh-classic-xl" })
            Assert.Equal(Catalog.TShirt, (await SearchAsync(new ProductQuery { Text = sku })).Items[0].Id);
    }

    [ElasticsearchFact]
    public async Task OnlySellableProductsAreFound()
    {
        var result = await SearchAsync(new ProductQuery());

        Assert.Equal(Catalog.Sellable.Order(), result.Items.Select(p => p.Id).Order());
        Assert.Equal(Catalog.Sellable.Count, result.TotalCount);
    }

    [ElasticsearchFact]
    public async Task AParentCategoryListsItsDescendantsProducts()
    {
        var result = await SearchAsync(new ProductQuery { CategoryIds = [Catalog.TShirtsId] });

        Assert.Equal(new[] { Catalog.TShirt, Catalog.Tee }.Order(), result.Items.Select(p => p.Id).Order());
        Assert.Equal(4, (await SearchAsync(new ProductQuery { CategoryIds = [Catalog.ClothingId] })).TotalCount);
    }

    [ElasticsearchFact]
    public async Task ASizeFilterKeepsEverySizeCountedInItsOwnFacet()
    {
        var result = await SearchAsync(new ProductQuery { Options = Sizes("M") });

        Assert.Equal(new[] { Catalog.TShirt, Catalog.Tee }.Order(), result.Items.Select(p => p.Id).Order());
        var size = result.Facets.Single(f => f.Key == "size");
        Assert.Equal(["XS:1", "S:1", "M:2*", "L:1", "XL:1", "40:1", "42:1"], size.Values.Select(v => $"{v.Value}:{v.Count}{(v.Selected ? "*" : "")}"));
        var colour = result.Facets.Single(f => f.Key == "colour");
        Assert.Equal(["Navy:1", "White:2"], colour.Values.Select(v => $"{v.Value}:{v.Count}"));
    }

    [ElasticsearchFact]
    public async Task InStockOnlyMeansTheSelectedSizeIsOnTheShelf()
    {
        // The T-shirt comes in M, but its M units are all reserved.
        var result = await SearchAsync(new ProductQuery { Options = Sizes("M"), InStockOnly = true });

        Assert.Equal([Catalog.Tee], result.Items.Select(p => p.Id));
    }

    [ElasticsearchFact]
    public async Task VendorsFacetByNameAndFilterBySlug()
    {
        var result = await SearchAsync(new ProductQuery { VendorSlugs = ["northwind"] });

        Assert.Equal(new[] { Catalog.Hoodie, Catalog.Tee }.Order(), result.Items.Select(p => p.Id).Order());
        var vendor = result.Facets.Single(f => f.Key == "vendor");
        Assert.Equal([("acme-apparel", "Acme Apparel", 2, false), ("northwind", "Northwind Outfitters", 2, true)],
            vendor.Values.Select(v => (v.Value, v.Label, v.Count, v.Selected)));
    }

    [ElasticsearchFact]
    public async Task APriceRangeFiltersAndSortsButTheBoundsIgnoreIt()
    {
        var result = await SearchAsync(new ProductQuery { MinPrice = 40, Sort = ProductSort.PriceHighLow });

        Assert.Equal([Catalog.Runner, Catalog.Hoodie], result.Items.Select(p => p.Id));
        Assert.Equal(new PriceBounds(15m, 89.5m), result.PriceBounds);
    }

    [ElasticsearchFact]
    public async Task BestSellingPutsTheBiggestSellerFirst()
    {
        var result = await SearchAsync(new ProductQuery { Sort = ProductSort.BestSelling });

        Assert.Equal([Catalog.Tee, Catalog.TShirt, Catalog.Hoodie, Catalog.Runner], result.Items.Select(p => p.Id));
    }

    [ElasticsearchFact]
    public async Task TheFirstLettersSuggestTheProductAndItsCategory()
    {
        var suggestions = await indexed.Search.SuggestAsync("tsh", 5);

        Assert.Contains(suggestions, s => s is { Kind: SuggestionKind.Product, Label: "Classic T-Shirt" });
        Assert.Contains(suggestions, s => s is { Kind: SuggestionKind.Category, Label: "T-Shirts" });
    }
}
