using Commerce.Core.Catalog;
using static Commerce.Core.Tests.Catalog.VariantMatrixSamples;

namespace Commerce.Core.Tests.Catalog;

public class VariantMatrixChoice
{
    private readonly VariantMatrix _tee = Tee();

    [Fact]
    public void ChoiceThatCompletesAnExistingCombinationLandsOnItWithoutAdjustment()
    {
        var choice = _tee.Choose(Selection("S", "Red"), "Colour", "Blue");

        Assert.Equal(SmallBlue, choice.Variant?.VariantId);
        Assert.Equal("S", choice.Options["Size"]);
        Assert.Equal("Blue", choice.Options["Colour"]);
        Assert.Null(choice.Adjustment);
    }

    [Fact]
    public void ExactCombinationIsKeptEvenWhenSoldOut()
    {
        // Not moved to the buyable M/Blue: the shopper asked for red and should see it is sold out.
        var choice = _tee.Choose(Selection("S", "Red"), "Size", "M");

        Assert.Equal(MediumRed, choice.Variant?.VariantId);
        Assert.False(choice.Variant!.CanBuy);
        Assert.Null(choice.Adjustment);
    }

    [Fact]
    public void DeadEndChoiceMovesTheOtherOptionToTheNearestCombinationAndSaysSo()
    {
        var choice = _tee.Choose(Selection("S", "Blue"), "Size", "L");

        Assert.Equal(LargeRed, choice.Variant?.VariantId);
        Assert.Equal("Red", choice.Options["Colour"]);
        Assert.Matches("(?i)^L is not available with colour Blue, so we switched to colour Red\\.$", choice.Adjustment);
    }

    [Fact]
    public void DeadEndChoiceKeepsTheValueJustPicked()
    {
        var choice = _tee.Choose(Selection("L", "Red"), "Colour", "Blue");

        Assert.Equal("Blue", choice.Options["Colour"]);
        Assert.Contains(choice.Variant?.VariantId, new int?[] { SmallBlue, MediumBlue });
        Assert.NotNull(choice.Adjustment);
    }

    [Fact]
    public void AmongEquallyNearCombinationsOneThatCanBeBoughtIsPreferred()
    {
        var matrix = new VariantMatrix(["Size", "Colour"],
        [
            Variant(SmallBlue, "S", "Blue", canBuy: false),
            Variant(MediumBlue, "M", "Blue"),
            Variant(LargeRed, "L", "Red"),
        ]);

        var choice = matrix.Choose(Selection("L", "Red"), "Colour", "Blue");

        Assert.Equal(MediumBlue, choice.Variant?.VariantId);
        Assert.Matches("(?i)switched to size M\\.$", choice.Adjustment);
    }

    [Fact]
    public void CombinationKeepingMoreOfTheOtherChoicesWinsOverOneKeepingFewer()
    {
        var matrix = new VariantMatrix(["Size", "Colour", "Fit"],
        [
            new VariantChoice(1, new Dictionary<string, string> { ["Size"] = "M", ["Colour"] = "Red", ["Fit"] = "Slim" }, true),
            new VariantChoice(2, new Dictionary<string, string> { ["Size"] = "S", ["Colour"] = "Blue", ["Fit"] = "Regular" }, true),
            new VariantChoice(3, new Dictionary<string, string> { ["Size"] = "M", ["Colour"] = "Blue", ["Fit"] = "Regular" }, true),
        ]);
        var current = new Dictionary<string, string> { ["Size"] = "M", ["Colour"] = "Red", ["Fit"] = "Slim" };

        var choice = matrix.Choose(current, "Colour", "Blue");

        Assert.Equal(3, choice.Variant?.VariantId);
        Assert.Matches("(?i)^Blue is not available with size M and fit Slim, so we switched to fit Regular\\.$", choice.Adjustment);
    }

    [Fact]
    public void ValueNoVariantHasLeavesTheSelectionAsItWasAndSaysSo()
    {
        var choice = _tee.Choose(Selection("S", "Red"), "Size", "XL");

        Assert.Equal(SmallRed, choice.Variant?.VariantId);
        Assert.Equal("S", choice.Options["Size"]);
        Assert.Equal("XL is not available.", choice.Adjustment);
    }

    [Fact]
    public void ChoicesMatchValuesIgnoringCase()
    {
        var choice = _tee.Choose(Selection("S", "Red"), "Colour", "BLUE");

        Assert.Equal(SmallBlue, choice.Variant?.VariantId);
        Assert.Null(choice.Adjustment);
    }
}
