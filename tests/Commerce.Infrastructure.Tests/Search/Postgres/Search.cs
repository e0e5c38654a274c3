namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class Search(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task SkuFindsItsProduct()
    {
        var result = await store.SearchAsync("CLASSIC-T-SHIRT-M-NAVY");

        Assert.Equal("Classic T-Shirt", result.Names()[0]);
    }

    [Fact]
    public async Task SkuIsCaseInsensitive() => Assert.Equal("Trail Runner", (await store.SearchAsync("trail-9")).Names()[0]);

    [Fact]
    public async Task SkuPrefixFindsItsProduct() => Assert.Equal("Merino Sweater", (await store.SearchAsync("MERINO-SWEATER-X")).Names()[0]);

    [Fact]
    public async Task AccentInsensitive()
    {
        Assert.Equal("Crème Brûlée Candle", (await store.SearchAsync("creme")).Names()[0]);
        Assert.Equal("Crème Brûlée Candle", (await store.SearchAsync("BRULEE")).Names()[0]);
        Assert.Equal("Merino Sweater", (await store.SearchAsync("mérino")).Names()[0]);
    }

    [Fact]
    public async Task VendorNameFindsItsProducts()
    {
        var names = (await store.SearchAsync("atelier")).Names();

        Assert.Equal(["Crème Brûlée Candle", "Gift Card", "Merino Sweater", "Wool Beanie"], names.Order());
    }

    [Fact]
    public async Task CategoryNameFindsItsProductsAndItsDescendants()
    {
        Assert.Equal(["Merino Sweater", "Wool Beanie"], (await store.SearchAsync("knitwear")).Names().Order());
        Assert.Contains("Classic T-Shirt", (await store.SearchAsync("clothing")).Names());
    }

    [Fact]
    public async Task WordsMustAllMatch() => Assert.Equal(["Linen Shirt"], (await store.SearchAsync("white linen")).Names());

    [Fact]
    public async Task DraftProductNeverFound()
    {
        Assert.Empty((await store.SearchAsync("phantom")).Items);
        Assert.DoesNotContain("Phantom Tee", (await store.SearchAsync((string?)null)).Names());
    }

    [Fact]
    public async Task ArchivedProductNeverFound() => Assert.Empty((await store.SearchAsync("ringer")).Items);

    [Fact]
    public async Task SuspendedVendorsProductsNeverFound()
    {
        Assert.Empty((await store.SearchAsync("bargain")).Items);
        Assert.Empty((await store.SearchAsync("shady")).Items);
    }

    [Fact]
    public async Task InactiveCategorysProductsNeverFound() => Assert.Empty((await store.SearchAsync("socks")).Items);

    [Fact]
    public async Task EmptyTextListsTheWholeCatalog()
    {
        var result = await store.SearchAsync("   ");

        Assert.Equal(SearchCatalog.Listed.Order(), result.Names().Order());
        Assert.Equal(SearchCatalog.Listed.Length, result.TotalCount);
    }

    [Fact]
    public async Task CardsCarryPricesStockAndImage()
    {
        var tee = (await store.SearchAsync("classic t-shirt")).Items[0];
        var sweater = (await store.SearchAsync("merino")).Items[0];
        var hoodie = (await store.SearchAsync("hoodie")).Items[0];

        Assert.Equal(("classic-t-shirt", "Northwind Threads", 20m, "USD", true, true), (tee.Slug, tee.VendorName, tee.Price.Amount, tee.Price.Currency, tee.HasPriceRange, tee.InStock));
        Assert.Equal(("/images/classic-t-shirt.jpg", "Classic T-Shirt"), (tee.ImageUrl, tee.ImageAlt));
        Assert.Null(tee.CompareAtPrice);
        Assert.Equal(120m, sweater.CompareAtPrice?.Amount);
        Assert.False(sweater.HasPriceRange);
        Assert.False(hoodie.InStock);
    }

    [Fact]
    public async Task BackorderAndUntrackedProductsAreInStock()
    {
        Assert.True((await store.SearchAsync("beanie")).Items[0].InStock);
        Assert.True((await store.SearchAsync("gift card")).Items[0].InStock);
    }
}
