using Bunit;
using Commerce.Infrastructure.Inventory;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Components.Catalog;

/// <summary>Sold-out variants and live stock: the parts of the panel that reach PostgreSQL.</summary>
public sealed class PurchasePanelStock(ComponentDatabase database) : IClassFixture<ComponentDatabase>
{
    [Fact]
    public async Task SoldOutSelectionOffersABackInStockEmail()
    {
        await using var bunit = PurchasePanelHost.Create();
        var tee = SampleTee.Offline;
        var panel = bunit.RenderPanel(tee, tee.SmallRed);
        Assert.Empty(panel.FindAll("#back-in-stock"));

        panel.Choose("Size", "M");

        Assert.Equal("M / Red is sold out. Want to know when it's back?", panel.Text("#back-in-stock p"));
    }

    [Fact]
    public async Task BackInStockRequestIsRecordedForTheSelectedVariant()
    {
        var tee = await TeeInStore.CreateAsync(database);
        await using var bunit = PurchasePanelHost.Create(database.ConnectionString);
        var panel = bunit.RenderPanel(tee, tee.MediumRed);

        panel.Find("#bis-email").Change("Casey@Example.com");
        await panel.Find("#back-in-stock button").ClickAsync(new());

        panel.WaitForAssertion(() => Assert.StartsWith("Thanks! We'll email casey@example.com", panel.Text("#back-in-stock [role=status]"),
            StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["casey@example.com"], await TeeInStore.BackInStockEmailsAsync(database, tee.MediumRed));
    }

    [Fact]
    public async Task BackInStockRequestWithABadEmailIsRefusedAndNothingIsRecorded()
    {
        var tee = await TeeInStore.CreateAsync(database);
        await using var bunit = PurchasePanelHost.Create(database.ConnectionString);
        var panel = bunit.RenderPanel(tee, tee.MediumRed);

        panel.Find("#bis-email").Change("not an email");
        await panel.Find("#back-in-stock button").ClickAsync(new());

        Assert.Equal("Please enter a valid email address.", panel.Text("#back-in-stock [role=alert]"));
        Assert.Empty(await TeeInStore.BackInStockEmailsAsync(database, tee.MediumRed));
    }

    [Fact]
    public async Task PanelListensForStockChangesOnceRenderedAndStopsWhenDisposed()
    {
        await using var bunit = PurchasePanelHost.Create();
        var feed = bunit.Services.GetRequiredService<StockChangeFeed>();
        var tee = SampleTee.Offline;

        var panel = bunit.RenderPanel(tee);

        Assert.Equal(1, feed.SubscriberCount(tee.ProductId));
        Assert.Equal(0, feed.SubscriberCount(tee.ProductId + 1));
        Assert.Equal("true", panel.Find(".product-main").GetAttribute("data-interactive"));
        await bunit.DisposeComponentsAsync();
        Assert.Equal(0, feed.SubscriberCount(tee.ProductId));
    }

    [Fact]
    public async Task StockChangeForTheProductRefreshesStockFromTheDatabase()
    {
        var tee = await TeeInStore.CreateAsync(database);
        await using var bunit = PurchasePanelHost.Create(database.ConnectionString);
        var panel = bunit.RenderPanel(tee, tee.SmallRed);
        panel.Choose("Size", "M");
        Assert.Contains("soldout", panel.Option("Size", "M").ClassList);

        await TeeInStore.RestockAsync(database, tee.MediumRed, onHand: 4);
        bunit.Services.GetRequiredService<StockChangeFeed>().Publish(tee.ProductId);

        panel.WaitForAssertion(() => Assert.Equal("Only 4 left", panel.Text("#stock-state")), TimeSpan.FromSeconds(10));
        Assert.False(panel.Find("#add-to-cart").HasAttribute("disabled"));
        Assert.Equal("Add to cart", panel.Text("#add-to-cart"));
        Assert.DoesNotContain("soldout", panel.Option("Size", "M").ClassList);
        Assert.Empty(panel.FindAll("#back-in-stock"));
    }
}
