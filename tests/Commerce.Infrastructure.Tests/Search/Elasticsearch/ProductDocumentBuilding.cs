using Commerce.Infrastructure.Search.Elasticsearch;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

public sealed class ProductDocumentBuilding
{
    private static readonly ProductRow Shirt = new(7, "shirt", "Shirt", "SHIRT", null, null, "USD", 20m, 30m, TrackInventory: true,
        CategoryId: 2, PublishedAt: null, SalesCount: 0, IsFeatured: false, "Acme", "acme", null, null);

    private static readonly CategoryChain Category = new([2, 1], ["Shirts", "Clothing"]);

    private static VariantRow Variant(string size, int available, decimal? price = null, decimal? compareAt = null) =>
        new(7, "SHIRT-" + size, new Dictionary<string, string> { ["Size"] = size }, price, compareAt, available);

    [Fact]
    public void TheCardPriceIsTheCheapestVariantsWithItsOwnWasPrice()
    {
        var document = ProductDocumentFactory.Create(Shirt, [Variant("S", 1, price: 25m), Variant("M", 1, price: 18m, compareAt: 22m)], Category);

        Assert.Equal((18m, 25m, 22m), (document.PriceMin, document.PriceMax, document.CompareAt));
    }

    [Fact]
    public void AWasPriceNotAboveThePriceIsDropped()
    {
        var document = ProductDocumentFactory.Create(Shirt, [Variant("S", 1, price: 35m)], Category);

        Assert.Null(document.CompareAt);
    }

    [Fact]
    public void SoldOutVariantsKeepTheirOptionValuesButNotTheInStockOnes()
    {
        var document = ProductDocumentFactory.Create(Shirt, [Variant("S", 0), Variant("M", 3), Variant("m", 1)], Category);

        Assert.Equal(["S", "M"], document.Options["size"]);
        Assert.Equal(["M"], document.InStockOptions["size"]);
        Assert.True(document.InStock);
    }

    [Fact]
    public void AllVariantsSoldOutMeansOutOfStock()
    {
        var document = ProductDocumentFactory.Create(Shirt, [Variant("S", 0), Variant("M", -2)], Category);

        Assert.False(document.InStock);
        Assert.Empty(document.InStockOptions);
    }

    [Theory]
    [InlineData("Size", "size")]
    [InlineData("Fabric Type", "fabric_type")]
    [InlineData("Pack.Size", "pack_size")]
    public void OptionNamesBecomeSafeFieldKeys(string name, string key) => Assert.Equal(key, ProductDocument.OptionKey(name));

    [Fact]
    public void ACategoryUnderAnInactiveParentIsNotShown()
    {
        var chains = CategoryChains.From([new(1, null, "Archive", "archive", false), new(2, 1, "Old", "old", true), new(3, null, "New", "new", true)]);

        Assert.Equal([3], chains.ActiveIds);
        Assert.Equal([2, 1], chains.ChainOf(2).Ids);
    }
}
