using Bunit;

namespace Commerce.Web.Tests.Components.Catalog;

public sealed class VariantPickerOptions
{
    private readonly SampleTee _tee = SampleTee.Offline;

    [Fact]
    public async Task ValueThatDoesNotExistWithTheCurrentSelectionIsDisabled()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallBlue);

        Assert.True(panel.Option("Size", "L").HasAttribute("disabled"));
        Assert.Contains("unavailable", panel.Option("Size", "L").ClassList);
        Assert.Equal("L – not available", panel.Option("Size", "L").GetAttribute("title"));
        Assert.False(panel.Option("Size", "S").HasAttribute("disabled"));
        Assert.False(panel.Option("Size", "M").HasAttribute("disabled"));
    }

    [Fact]
    public async Task SoldOutValueIsMarkedButCanStillBeChosen()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);

        var medium = panel.Option("Size", "M");
        Assert.Contains("soldout", medium.ClassList);
        Assert.False(medium.HasAttribute("disabled"));
        Assert.Equal("M – sold out", medium.GetAttribute("title"));
        Assert.Contains("available", panel.Option("Size", "L").ClassList);
        Assert.DoesNotContain("soldout", panel.Option("Size", "L").ClassList);
    }

    [Fact]
    public async Task ChosenValuesAreMarkedAndNamedInTheLegend()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.MediumBlue);

        Assert.Contains("chosen", panel.Option("Size", "M").ClassList);
        Assert.Contains("chosen", panel.Option("Colour", "Blue").ClassList);
        Assert.DoesNotContain("chosen", panel.Option("Size", "S").ClassList);
        Assert.Equal("Size: M", panel.Text("fieldset[data-option='Size'] legend"));
        Assert.Equal("Colour: Blue", panel.Text("fieldset[data-option='Colour'] legend"));
    }

    [Fact]
    public async Task ChosenValueIsAnnouncedAsPressedAndTheOthersAsNotPressed()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.MediumBlue);

        Assert.Equal("true", panel.Option("Size", "M").GetAttribute("aria-pressed"));
        Assert.Equal("false", panel.Option("Size", "S").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task StatesFollowTheNewSelectionAfterAChoice()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);
        Assert.False(panel.Option("Size", "L").HasAttribute("disabled"));

        panel.Choose("Colour", "Blue");

        Assert.True(panel.Option("Size", "L").HasAttribute("disabled"));
        Assert.DoesNotContain("soldout", panel.Option("Size", "M").ClassList);
    }

    [Fact]
    public async Task ChoiceThatRulesOutTheOtherOptionMovesItToTheNearestVariantAndSaysSo()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallBlue);
        Assert.Empty(panel.FindAll("#variant-adjustment"));

        panel.Choose("Size", "L");

        Assert.Contains("chosen", panel.Option("Size", "L").ClassList);
        Assert.Contains("chosen", panel.Option("Colour", "Red").ClassList);
        Assert.Equal(SampleTee.SkuOf("L", "Red"), panel.Text("#variant-sku"));
        var message = panel.Text("#variant-adjustment");
        Assert.Matches("(?i)^L is not available with colour Blue, so we switched to colour Red\\.$", message);
    }

    [Fact]
    public async Task AdjustmentMessageGoesAwayWithTheNextExactChoice()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallBlue);
        panel.Choose("Size", "L");
        Assert.NotEmpty(panel.FindAll("#variant-adjustment"));

        panel.Choose("Size", "S");

        Assert.Empty(panel.FindAll("#variant-adjustment"));
        Assert.Equal(SampleTee.SkuOf("S", "Red"), panel.Text("#variant-sku"));
    }
}
