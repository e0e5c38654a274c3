using Commerce.Core.Catalog;
using static Commerce.Core.Tests.Catalog.VariantMatrixSamples;

namespace Commerce.Core.Tests.Catalog;

public class VariantMatrixOptionStates
{
    private readonly VariantMatrix _tee = Tee();

    [Fact]
    public void ValueThatExistsAndCanBeBoughtWithTheOtherChoicesIsAvailable()
    {
        Assert.Equal(OptionValueState.Available, _tee.StateOf("Size", "L", Selection("S", "Red")));
        Assert.Equal(OptionValueState.Available, _tee.StateOf("Colour", "Blue", Selection("S", "Red")));
    }

    [Fact]
    public void ValueWhoseOnlyCombinationIsSoldOutIsSoldOutNotUnavailable()
    {
        Assert.Equal(OptionValueState.SoldOut, _tee.StateOf("Size", "M", Selection("S", "Red")));
        Assert.Equal(OptionValueState.SoldOut, _tee.StateOf("Colour", "Red", Selection("M", "Blue")));
    }

    [Fact]
    public void ValueWithNoVariantForTheOtherChoicesIsUnavailable()
    {
        Assert.Equal(OptionValueState.Unavailable, _tee.StateOf("Size", "L", Selection("S", "Blue")));
        Assert.Equal(OptionValueState.Unavailable, _tee.StateOf("Colour", "Blue", Selection("L", "Red")));
    }

    [Fact]
    public void ValueTheGridDoesNotHaveAtAllIsUnavailable()
    {
        Assert.Equal(OptionValueState.Unavailable, _tee.StateOf("Size", "XL", Selection("S", "Red")));
    }

    [Fact]
    public void TheOptionsOwnCurrentValueDoesNotConstrainItsAlternatives()
    {
        // M/Red is selected; Blue is judged against M only, so it is M/Blue that counts.
        Assert.Equal(OptionValueState.Available, _tee.StateOf("Colour", "Blue", Selection("M", "Red")));
    }

    [Fact]
    public void WithNothingChosenAValueIsAvailableWhenAnyOfItsVariantsCanBeBought()
    {
        var nothing = new Dictionary<string, string>();

        Assert.Equal(OptionValueState.Available, _tee.StateOf("Size", "M", nothing));
        Assert.Equal(OptionValueState.Available, _tee.StateOf("Colour", "Blue", nothing));
    }

    [Fact]
    public void ValuesAreComparedIgnoringCase()
    {
        Assert.Equal(OptionValueState.SoldOut, _tee.StateOf("Size", "m", Selection("s", "RED")));
    }

    [Fact]
    public void ValuesOfAnOptionAreListedOnceInGridOrder()
    {
        Assert.Equal(["S", "M", "L"], _tee.ValuesOf("Size"));
        Assert.Equal(["Red", "Blue"], _tee.ValuesOf("Colour"));
    }
}
