using Commerce.Core.Common;

namespace Commerce.Core.Tests.Catalog;

public class ProductAddVariant
{
    [Fact]
    public void NamesTheVariantAfterItsOptionsInOrder()
    {
        var product = SampleProducts.Tee();

        var variant = product.AddVariant("tee-l-blk", SampleProducts.Options("L", "Black"));

        Assert.Equal("L / Black", variant.Name);
        Assert.Equal("TEE-L-BLK", variant.Sku);
        Assert.Equal("Black", variant.Option("colour"));
        Assert.Equal(0, variant.SortOrder);
    }

    [Fact]
    public void NamesAVariantWithoutOptionsDefault()
    {
        Assert.Equal("Default", SampleProducts.Tee().AddVariant("TEE-1", new Dictionary<string, string>()).Name);
    }

    [Fact]
    public void RefusesASkuAlreadyUsedByTheProduct()
    {
        var product = SampleProducts.Tee();
        product.AddVariant("TEE-L", SampleProducts.Options("L", "Black"));

        Assert.Throws<DomainException>(() => product.AddVariant(" tee-l ", SampleProducts.Options("M", "Black")));
    }

    [Fact]
    public void RefusesTheSameOptionsIgnoringCase()
    {
        var product = SampleProducts.Tee();
        product.AddVariant("TEE-L", SampleProducts.Options("L", "Black"));

        var shouted = new Dictionary<string, string> { ["SIZE"] = "l", ["COLOUR"] = "BLACK" };

        Assert.Throws<DomainException>(() => product.AddVariant("TEE-L2", shouted));
        Assert.Single(product.Variants);
    }

    [Fact]
    public void ListsOptionNamesOnceInFirstSeenOrder()
    {
        var product = SampleProducts.Tee();
        product.AddVariant("TEE-L", SampleProducts.Options("L", "Black"));
        product.AddVariant("TEE-M", new Dictionary<string, string> { ["size"] = "M", ["colour"] = "White" });

        Assert.Equal(["Size", "Colour"], product.OptionNames());
    }
}
