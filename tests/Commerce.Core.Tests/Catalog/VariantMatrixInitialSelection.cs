using Commerce.Core.Catalog;
using static Commerce.Core.Tests.Catalog.VariantMatrixSamples;

namespace Commerce.Core.Tests.Catalog;

public class VariantMatrixInitialSelection
{
    [Fact]
    public void RequestedVariantIsSelectedWithItsOptions()
    {
        var initial = Tee().Initial(MediumBlue);

        Assert.Equal(MediumBlue, initial.Variant?.VariantId);
        Assert.Equal("M", initial.Options["Size"]);
        Assert.Equal("Blue", initial.Options["Colour"]);
        Assert.Null(initial.Adjustment);
    }

    [Fact]
    public void RequestedVariantIsHonouredEvenWhenSoldOut()
    {
        // A link to a sold-out variant lands on it, so the shopper can ask to hear when it is back.
        Assert.Equal(MediumRed, Tee().Initial(MediumRed).Variant?.VariantId);
    }

    [Fact]
    public void WithoutARequestTheFirstVariantThatCanBeBoughtIsSelected()
    {
        var matrix = new VariantMatrix(["Size", "Colour"],
            [Variant(MediumRed, "M", "Red", canBuy: false), Variant(MediumBlue, "M", "Blue"), Variant(SmallRed, "S", "Red")]);

        Assert.Equal(MediumBlue, matrix.Initial(null).Variant?.VariantId);
    }

    [Fact]
    public void UnknownRequestedVariantFallsBackToTheFirstThatCanBeBought()
    {
        var matrix = new VariantMatrix(["Size", "Colour"],
            [Variant(MediumRed, "M", "Red", canBuy: false), Variant(LargeRed, "L", "Red")]);

        Assert.Equal(LargeRed, matrix.Initial(999).Variant?.VariantId);
    }

    [Fact]
    public void WhenEverythingIsSoldOutTheFirstVariantIsSelected()
    {
        var matrix = new VariantMatrix(["Size", "Colour"],
            [Variant(MediumRed, "M", "Red", canBuy: false), Variant(LargeRed, "L", "Red", canBuy: false)]);

        Assert.Equal(MediumRed, matrix.Initial(null).Variant?.VariantId);
    }

    [Fact]
    public void ProductWithoutVariantsStartsWithNothingSelected()
    {
        var initial = new VariantMatrix([], []).Initial(null);

        Assert.Null(initial.Variant);
        Assert.Empty(initial.Options);
    }
}
