using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

public sealed class Filters(SearchStore store) : IClassFixture<SearchStore>
{
    private static Dictionary<string, IReadOnlyList<string>> Options(params (string Name, string[] Values)[] options) =>
        options.ToDictionary(o => o.Name, o => (IReadOnlyList<string>)o.Values, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task SizeAndColourCombineWithAndAcrossOptions()
    {
        var result = await store.SearchAsync(new ProductQuery { Options = Options(("Size", ["M"]), ("Colour", ["Navy"])) });

        Assert.Equal(["Classic T-Shirt", "Zip Hoodie"], result.Names().Order());
    }

    [Fact]
    public async Task ValuesOfOneOptionCombineWithOr()
    {
        var result = await store.SearchAsync(new ProductQuery { Options = Options(("Colour", ["Navy", "Olive"])) });

        Assert.Equal(["Classic T-Shirt", "Cotton Overshirt", "Zip Hoodie"], result.Names().Order());
    }

    [Fact]
    public async Task OptionValuesMatchWhateverTheirCase()
    {
        var result = await store.SearchAsync(new ProductQuery { Options = Options(("size", ["xl"])) });

        Assert.Equal(["Merino Sweater"], result.Names());
    }

    [Fact]
    public async Task InStockOnlyHidesSoldOut()
    {
        var names = (await store.SearchAsync(new ProductQuery { InStockOnly = true })).Names();

        Assert.DoesNotContain("Zip Hoodie", names);
        Assert.Contains("Wool Beanie", names);
        Assert.Contains("Gift Card", names);
        Assert.Equal(SearchCatalog.Listed.Length - 1, names.Count);
    }

    [Fact]
    public async Task InStockOnlyWithASizeNeedsThatSizeOnTheShelf()
    {
        var anyStock = await store.SearchAsync(new ProductQuery { Options = Options(("Size", ["XL"])) });
        var inStock = await store.SearchAsync(new ProductQuery { Options = Options(("Size", ["XL"])), InStockOnly = true });
        var mediumNavy = await store.SearchAsync(new ProductQuery { Options = Options(("Size", ["M"]), ("Colour", ["Navy"])), InStockOnly = true });

        Assert.Equal(["Merino Sweater"], anyStock.Names());
        Assert.Empty(inStock.Items);
        Assert.DoesNotContain("Zip Hoodie", mediumNavy.Names());
    }

    [Fact]
    public async Task CategoryIncludesEverythingBelowIt()
    {
        var clothing = await store.CategoryIdAsync("clothing");

        var names = (await store.SearchAsync(new ProductQuery { CategoryIds = [clothing] })).Names();

        Assert.Equal(["Classic T-Shirt", "Cotton Overshirt", "Linen Shirt", "Merino Sweater", "Trail Runner", "Wool Beanie", "Zip Hoodie"], names.Order());
    }

    [Fact]
    public async Task VendorsByTheirSlug()
    {
        var names = (await store.SearchAsync(new ProductQuery { VendorSlugs = [SearchCatalog.Atelier] })).Names();

        Assert.Equal(["Crème Brûlée Candle", "Gift Card", "Merino Sweater", "Wool Beanie"], names.Order());
    }

    [Fact]
    public async Task PriceRangeAppliesToTheCheapestVariant()
    {
        var names = (await store.SearchAsync(new ProductQuery { MinPrice = 20m, MaxPrice = 55m })).Names();

        Assert.Equal(["Classic T-Shirt", "Gift Card", "Linen Shirt", "Wool Beanie", "Zip Hoodie"], names.Order());
    }

    [Fact]
    public async Task FiltersCombineWithText()
    {
        var result = await store.SearchAsync(new ProductQuery { Text = "shirt", Options = Options(("Colour", ["White"])), MaxPrice = 30m });

        Assert.Equal(["Classic T-Shirt"], result.Names());
    }
}
