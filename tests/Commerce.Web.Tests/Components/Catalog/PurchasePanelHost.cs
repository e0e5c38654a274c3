using Bunit;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Storefront.Catalog;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Web.Tests.Components.Catalog;

/// <summary>
/// A bunit context with the purchase panel's real services. The database is only reached on a stock refresh or a
/// back-in-stock request; tests that do neither pass no connection string. JS interop is strict: the panel may only
/// rewrite the address bar.
/// </summary>
internal static class PurchasePanelHost
{
    public const string ReplaceState = "history.replaceState";

    public static BunitContext Create(string connectionString = "Host=127.0.0.1;Database=never_reached")
    {
        var bunit = new BunitContext();
        bunit.Services.AddCommerceDbContext(connectionString);
        bunit.Services.AddSingleton(TimeProvider.System);
        bunit.Services.AddSingleton<ProductDetailsService>();
        bunit.Services.AddSingleton<BackInStockService>();
        bunit.Services.AddSingleton(new StockChangeFeed(NullLogger<StockChangeFeed>.Instance));
        bunit.JSInterop.SetupVoid(ReplaceState, _ => true).SetVoidResult();
        return bunit;
    }

    public static IRenderedComponent<ProductPurchasePanel> RenderPanel(this BunitContext bunit, SampleTee tee, int? initialVariantId = null) =>
        bunit.Render<ProductPurchasePanel>(p => p
            .Add(x => x.Product, tee.Details())
            .Add(x => x.InitialVariantId, initialVariantId));

    public static void Choose(this IRenderedComponent<ProductPurchasePanel> panel, string option, string value) =>
        panel.Find(OptionButton(option, value)).Click();

    public static string OptionButton(string option, string value) => $"fieldset[data-option='{option}'] button[data-value='{value}']";

    public static AngleSharp.Dom.IElement Option(this IRenderedComponent<ProductPurchasePanel> panel, string option, string value) =>
        panel.Find(OptionButton(option, value));

    public static string Text<T>(this IRenderedComponent<T> rendered, string selector) where T : IComponent =>
        rendered.Find(selector).TextContent.Trim();
}
