using Bunit;
using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Search;
using Commerce.Web.Hosting;
using Commerce.Web.Storefront.Cart;
using Commerce.Web.Storefront.Catalog;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Tests.Components.Layout;

/// <summary>
/// A migrated database with a small category tree (Clothing › Tees, Home, and an inactive Archive) and one guest cart
/// of three items worth $40.00, plus the real services the storefront layout's header reads them with.
/// </summary>
public sealed class StorefrontStore : IAsyncLifetime
{
    public const string StoreName = "Harbor Market";
    public const string SupportEmail = "help@harbor.test";

    public ComponentDatabase Database { get; } = new();
    public string GuestCartToken { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using var db = Database.NewContext();
        var clothing = new Category("Clothing", "clothing", sortOrder: 1);
        var tees = new Category("Tees", "tees", clothing);
        var home = new Category("Home", "home", sortOrder: 2);
        var archive = new Category("Archive", "archive", sortOrder: 3);
        archive.Deactivate();
        var vendor = new Commerce.Core.Marketplace.Vendor("Acme Apparel", "acme", "acme@example.test", 0.1m);
        vendor.Approve(DateTimeOffset.UtcNow);
        db.AddRange(clothing, tees, home, archive, vendor);
        await db.SaveChangesAsync();

        var product = new Product(vendor.Id, tees.Id, "Organic Tee", "organic-tee", "TEE", new Money(15m, "USD"));
        var red = product.AddVariant("TEE-RED", new Dictionary<string, string> { ["Colour"] = "Red" });
        var blue = product.AddVariant("TEE-BLUE", new Dictionary<string, string> { ["Colour"] = "Blue" }, priceOverride: 10m);
        product.Publish(DateTimeOffset.UtcNow);
        db.Products.Add(product);
        await db.SaveChangesAsync();

        var cart = new CartEntity("USD", DateTimeOffset.UtcNow);
        cart.AddItem(red.Id, 2, new Money(15m, "USD"), DateTimeOffset.UtcNow);
        cart.AddItem(blue.Id, 1, new Money(10m, "USD"), DateTimeOffset.UtcNow);
        db.Carts.Add(cart);
        await db.SaveChangesAsync();
        GuestCartToken = cart.Token;
    }

    public Task DisposeAsync() => Database.DisposeAsync();

    /// <summary>The header's search box asks the store's configured engine (PostgreSQL) for suggestions.</summary>
    private static IServiceCollection ProductSearchServices()
    {
        var host = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        host.AddProductSearch();
        return host.Services;
    }

    /// <summary>
    /// A bunit context with the layout's services over <paramref name="connectionString"/> (this store's database by default).
    /// <paramref name="cartToken"/> is the guest cart cookie the shopper's request carries; <paramref name="logs"/> records what is logged.
    /// </summary>
    public BunitContext NewContext(string? cartToken = null, string? connectionString = null, RecordedLogs? logs = null)
    {
        var bunit = new BunitContext();
        var request = new DefaultHttpContext();
        if (cartToken is not null) request.Request.Headers.Cookie = $"{ShopperContext.CartCookie}={cartToken}";

        bunit.Services.AddLogging(logging => { if (logs is not null) logging.AddProvider(logs); });
        bunit.Services.AddCommerceDbContext(connectionString ?? Database.ConnectionString);
        bunit.Services.AddMemoryCache();
        bunit.Services.AddSingleton(TimeProvider.System);
        bunit.Services.AddSingleton(Options.Create(new StoreSettings { Name = StoreName, SupportEmail = SupportEmail, Currency = "USD" }));
        bunit.Services.AddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = request });
        bunit.Services.AddScoped<ShopperContext>();
        bunit.Services.AddSingleton<CartPricing>();
        bunit.Services.AddScoped<CartService>();
        bunit.Services.AddScoped<CategoryTreeService>();
        foreach (var service in ProductSearchServices()) bunit.Services.Add(service);
        return bunit;
    }
}
