using Commerce.Infrastructure.Search.Elasticsearch;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

public sealed class ProductDocumentLoading(SearchCatalog catalog) : IClassFixture<SearchCatalog>
{
    private readonly ProductDocumentLoader _loader = new(catalog.Contexts);

    [Fact]
    public async Task LoadsOnlyProductsAShopperCanBuy()
    {
        var documents = await _loader.LoadAsync([.. catalog.Sellable, .. catalog.NotSellable]);

        Assert.Equal(catalog.Sellable.Order(), documents.Select(d => d.Id).Order());
    }

    [Fact]
    public async Task CarriesTheCategoryWithItsAncestorsAndTheVendor()
    {
        var tshirt = Assert.Single(await _loader.LoadAsync([catalog.TShirt]));

        Assert.Equal([catalog.TShirtsId, catalog.ClothingId], tshirt.CategoryIds);
        Assert.Equal(["T-Shirts", "Clothing"], tshirt.CategoryNames);
        Assert.Equal(("Acme Apparel", "acme-apparel"), (tshirt.VendorName, tshirt.VendorSlug));
        Assert.Equal("classic-t-shirt", tshirt.Slug);
    }

    [Fact]
    public async Task PricesComeFromTheActiveVariantsAndTheCheapestOnesWasPrice()
    {
        var tshirt = Assert.Single(await _loader.LoadAsync([catalog.TShirt]));

        Assert.Equal((19.99m, 24m, 29.99m, "USD"), (tshirt.PriceMin, tshirt.PriceMax, tshirt.CompareAt, tshirt.Currency));
    }

    [Fact]
    public async Task OptionValuesAreListedPerOptionAndAgainForTheVariantsInStock()
    {
        var tshirt = Assert.Single(await _loader.LoadAsync([catalog.TShirt]));

        Assert.Equal(["S", "M", "XL"], tshirt.Options["size"]);
        Assert.Equal(["Navy", "White"], tshirt.Options["colour"]);
        // M has two on hand, both reserved.
        Assert.Equal(["S", "XL"], tshirt.InStockOptions["size"]);
        Assert.True(tshirt.InStock);
    }

    [Fact]
    public async Task AProductWithoutStockTrackingIsAlwaysInStock()
    {
        var runner = Assert.Single(await _loader.LoadAsync([catalog.Runner]));

        Assert.True(runner.InStock);
        Assert.Equal(["42", "40"], runner.InStockOptions["size"]);
    }

    [Fact]
    public async Task CarriesSkusThePrimaryImageAndTheSortKeys()
    {
        var tshirt = Assert.Single(await _loader.LoadAsync([catalog.TShirt]));

        Assert.Equal(["TSH-CLASSIC", "TSH-CLASSIC-S", "TSH-CLASSIC-M", "TSH-CLASSIC-XL"], tshirt.Skus);
        Assert.Equal(("/img/tshirt-front.jpg", "Classic T-shirt in navy"), (tshirt.ImageUrl, tshirt.ImageAlt));
        Assert.Equal((120, true), (tshirt.SalesCount, tshirt.IsFeatured));
        Assert.NotNull(tshirt.PublishedAt);
        Assert.Equal("Heavyweight cotton crew neck.", tshirt.ShortDescription);
    }

    [Fact]
    public async Task AFullLoadComesInBatchesOfAscendingIds()
    {
        var batches = new List<IReadOnlyList<ProductDocument>>();
        await foreach (var batch in _loader.LoadAllAsync(batchSize: 3))
            batches.Add(batch);

        Assert.Equal([3, 1], batches.Select(b => b.Count));
        Assert.Equal(catalog.Sellable.Order(), batches.SelectMany(b => b).Select(d => d.Id));
    }
}
