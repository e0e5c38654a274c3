using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Commerce.Web.Hosting;
using Commerce.Web.Storefront.Cart;
using Commerce.Web.Storefront.Checkout;
using Commerce.Web.Storefront.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Commerce.Web.Tests.Components.Cart;

/// <summary>
/// One storefront request rendered with bunit: the request's cookies and user (what <see cref="ShopperContext"/> reads),
/// cascaded as the page's HttpContext, and the real cart and checkout services over the store's database.
/// </summary>
internal static class ShopperVisit
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    public static BunitContext Create(CartStore store, string? cartToken = null, ClaimsPrincipal? user = null, IPaymentGateway? gateway = null)
    {
        var request = new DefaultHttpContext();
        if (cartToken is not null) request.Request.Headers.Cookie = $"{ShopperContext.CartCookie}={cartToken}";
        if (user is not null) request.User = user;

        var bunit = new BunitContext();
        var services = bunit.Services;
        services.AddCommerceDbContext(store.Database.ConnectionString);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(Options.Create(new StoreSettings { Name = "Harbor Market", SupportEmail = "help@harbor.test", Currency = "USD" }));
        services.AddSingleton(Options.Create(new CheckoutOptions()));
        services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = request });
        services.AddCascadingValue(_ => (HttpContext)request);
        services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgeryToken>();
        services.AddSingleton(gateway ?? new OfflinePaymentGateway());
        services.AddSingleton<InventoryReservations>();
        services.AddSingleton<CouponReservations>();
        services.AddSingleton<OrderNumberGenerator>();
        services.AddSingleton(Options.Create(new Commerce.Infrastructure.Marketplace.MarketplaceOptions()));
        services.AddSingleton<Commerce.Infrastructure.Marketplace.MarketplaceLedger>();
        services.AddSingleton<OrderSettlement>();
        services.AddSingleton<OrderPlacement>();
        services.AddSingleton<CartPricing>();
        services.AddScoped<ShopperContext>();
        services.AddScoped<CartService>();
        services.AddScoped<CheckoutService>();
        return bunit;
    }

    /// <summary>
    /// What the cart endpoints do after a change (post, redirect, get): the outcome travels to the next page in the
    /// flash cookie, which this puts on the request the next render reads.
    /// </summary>
    public static void CarryFlash(this BunitContext bunit, CartChange change)
    {
        var post = new DefaultHttpContext();
        Flash.Set(post, change.Ok, change.Message);
        var cookie = SetCookieHeaderValue.Parse(post.Response.Headers.SetCookie.ToString());
        var request = bunit.Services.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
        request.Headers.Cookie = $"{request.Headers.Cookie}; {cookie.Name}={cookie.Value}".TrimStart(';', ' ');
    }

    /// <summary>
    /// Renders a page and waits until <paramref name="loadedWhen"/> is on it. A page that awaits the database in
    /// OnInitializedAsync renders first without its data (which can look like an empty cart), and bunit may fold both
    /// renders into one, so only the markup tells when the data is there. Rendered off xunit's synchronisation context
    /// and awaited, so the page's database continuations never wait behind other test classes.
    /// </summary>
    public static async Task<IRenderedComponent<TPage>> RenderLoadedAsync<TPage>(this BunitContext bunit, string loadedWhen) where TPage : IComponent
    {
        var page = await Task.Run(() => bunit.Render<TPage>());
        await page.WaitForAssertionAsync(() => Assert.NotEmpty(page.FindAll(loadedWhen)), TimeSpan.FromSeconds(20));
        return page;
    }

    public static string Text<T>(this IRenderedComponent<T> rendered, string selector) where T : IComponent =>
        rendered.Find(selector).TextContent.Trim();

    public static string Squashed(this IElement element) => string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The names of every field a form posts.</summary>
    public static IReadOnlyList<string> FieldNames(this IElement form) =>
        form.QuerySelectorAll("input[name], select[name], textarea[name], button[name]").Select(f => f.GetAttribute("name")!).ToList();

    /// <summary>Lets <c>AntiforgeryToken</c> render its hidden field as it does in a real request.</summary>
    private sealed class FixedAntiforgeryToken : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-antiforgery-token", AntiforgeryField);
    }
}
