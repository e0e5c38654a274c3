using Commerce.Core.Catalog;
using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class VariantCombinationsGeneration
{
    private static readonly ProductOption Size = ProductOption.Create("Size", ["S", "M"]);
    private static readonly ProductOption Colour = ProductOption.Create("Colour", ["Red", "Blue"]);

    [Fact]
    public void GivesEveryCombinationOfTheOptions()
    {
        var all = VariantCombinations.All([Size, Colour]);

        Assert.Equal(["S/Red", "S/Blue", "M/Red", "M/Blue"], all.Select(c => $"{c["Size"]}/{c["Colour"]}"));
    }

    [Fact]
    public void AValueAddedLaterGivesOnlyTheNewCombinations()
    {
        var existing = VariantCombinations.All([Size, Colour]);
        var withLarge = ProductOption.Create("Size", ["S", "M", "L"]);

        var missing = VariantCombinations.Missing([withLarge, Colour], existing);

        Assert.Equal(["L/Red", "L/Blue"], missing.Select(c => $"{c["Size"]}/{c["Colour"]}"));
    }

    [Fact]
    public void RefusesANewOptionOnceVariantsExist()
    {
        var existing = VariantCombinations.All([Size]);

        var refused = Assert.Throws<DomainException>(() => VariantCombinations.Missing([Size, Colour], existing));

        Assert.Contains("Size", refused.Message);
    }

    [Fact]
    public void OptionValuesAreTrimmedAndDeduplicated()
    {
        var option = ProductOption.Create(" Size ", ["S", " s", "", "M "]);

        Assert.Equal("Size", option.Name);
        Assert.Equal(["S", "M"], option.Values);
    }

    [Fact]
    public void SuggestsASkuFromTheProductSkuAndValues()
    {
        var sku = VariantCombinations.SuggestSku("tee", new Dictionary<string, string> { ["Size"] = "XL", ["Colour"] = "Navy blue" });

        Assert.Equal("TEE-XL-NAVYBLUE", sku);
    }

    [Fact]
    public void ReadsTheOptionsBackFromVariants()
    {
        var options = VariantCombinations.Of(VariantCombinations.All([Size, Colour]));

        Assert.Equal(["Size: S, M", "Colour: Red, Blue"], options.Select(o => $"{o.Name}: {string.Join(", ", o.Values)}"));
    }
}
