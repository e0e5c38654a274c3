using Bunit;

namespace Commerce.Web.Tests.Components.Catalog;

public sealed class VariantPickerSelection
{
    private readonly SampleTee _tee = SampleTee.Offline;

    [Fact]
    public async Task InitialVariantIdPreselectsThatVariant()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.MediumBlue);

        Assert.Equal(SampleTee.SkuOf("M", "Blue"), panel.Text("#variant-sku"));
        Assert.Equal(_tee.MediumBlue.ToString(), panel.Find("input[name=variantId]").GetAttribute("value"));
        Assert.Contains("$23.00", panel.Text("#product-price"));
    }

    [Fact]
    public async Task WithoutAnInitialVariantTheFirstBuyableVariantIsSelected()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee);

        Assert.Equal(SampleTee.SkuOf("S", "Red"), panel.Text("#variant-sku"));
        Assert.Equal(_tee.SmallRed.ToString(), panel.Find("input[name=variantId]").GetAttribute("value"));
    }

    [Fact]
    public async Task ChoosingAnotherVariantChangesPriceSkuStockAndImage()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);
        Assert.Equal(SampleTee.RedImage, panel.Find("#product-image").GetAttribute("src"));

        panel.Choose("Colour", "Blue");

        Assert.StartsWith("$21.00", panel.Text("#product-price"));
        Assert.Equal(SampleTee.SkuOf("S", "Blue"), panel.Text("#variant-sku"));
        Assert.Equal("Only 3 left", panel.Text("#stock-state"));
        Assert.Equal(SampleTee.BlueImage, panel.Find("#product-image").GetAttribute("src"));
        Assert.Equal("Organic Tee in blue", panel.Find("#product-image").GetAttribute("alt"));
    }

    [Fact]
    public async Task VariantImageOutsideTheGalleryIsShownWithAnAltTextNamingTheVariant()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);

        panel.Choose("Size", "L");

        Assert.Equal(SampleTee.LargeRedImage, panel.Find("#product-image").GetAttribute("src"));
        Assert.Equal("Organic Tee – L / Red", panel.Find("#product-image").GetAttribute("alt"));
    }

    [Fact]
    public async Task WasPriceAndSavingShowOnlyForTheVariantOnSale()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);
        Assert.Equal("$25.00", panel.Text("#product-price .was-price"));
        Assert.Equal("Save 20%", panel.Text("#product-price .saving"));

        panel.Choose("Colour", "Blue");

        Assert.Empty(panel.FindAll("#product-price .was-price"));
        Assert.Empty(panel.FindAll("#product-price .saving"));
    }

    [Fact]
    public async Task SoldOutVariantCannotBeAddedToTheCart()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);

        panel.Choose("Size", "M");

        var button = panel.Find("#add-to-cart");
        Assert.True(button.HasAttribute("disabled"));
        Assert.Equal("Sold out", button.TextContent.Trim());
        Assert.Equal("Sold out", panel.Text("#stock-state"));
        Assert.Contains("stock-soldout", panel.Find("#stock-state").ClassList);
    }

    [Fact]
    public async Task VariantInStockCanBeAddedToTheCart()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.MediumRed);
        Assert.True(panel.Find("#add-to-cart").HasAttribute("disabled"));

        panel.Choose("Colour", "Blue");

        var button = panel.Find("#add-to-cart");
        Assert.False(button.HasAttribute("disabled"));
        Assert.Equal("Add to cart", button.TextContent.Trim());
        Assert.Equal("In stock", panel.Text("#stock-state"));
    }

    [Fact]
    public async Task PostedVariantIdAndReturnUrlFollowTheSelection()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);

        panel.Choose("Size", "L");

        Assert.Equal(_tee.LargeRed.ToString(), panel.Find("input[name=variantId]").GetAttribute("value"));
        Assert.Equal($"/p/{SampleTee.Slug}?variant={_tee.LargeRed}", panel.Find("input[name=returnUrl]").GetAttribute("value"));
    }

    [Fact]
    public async Task ChoosingAVariantRewritesTheAddressBarWithItsId()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);
        bunit.JSInterop.VerifyNotInvoke(PurchasePanelHost.ReplaceState);

        panel.Choose("Colour", "Blue");

        var call = bunit.JSInterop.VerifyInvoke(PurchasePanelHost.ReplaceState);
        Assert.Equal($"/p/{SampleTee.Slug}?variant={_tee.SmallBlue}", call.Arguments[2]);
        Assert.Null(call.Arguments[0]);
    }

    [Fact]
    public async Task ThumbnailShowsItsImageUntilTheNextVariantChoice()
    {
        await using var bunit = PurchasePanelHost.Create();
        var panel = bunit.RenderPanel(_tee, _tee.SmallRed);

        panel.Find("button.thumb[aria-label='Show Organic Tee in blue']").Click();
        Assert.Equal(SampleTee.BlueImage, panel.Find("#product-image").GetAttribute("src"));
        Assert.Equal(SampleTee.SkuOf("S", "Red"), panel.Text("#variant-sku"));

        panel.Choose("Size", "L");
        Assert.Equal(SampleTee.LargeRedImage, panel.Find("#product-image").GetAttribute("src"));
    }
}
