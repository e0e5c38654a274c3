using System.Security.Claims;
using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Core.Inventory;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;
using Commerce.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Tests.Components.Cart;

/// <summary>
/// A migrated database set up as a small store: US sales tax of 8 %, four shipping methods (Standard $5, Express $15,
/// Saver $7 but free above $40, and Canada Post $9 to Canada only) and two coupons (SAVE10, 10 % off orders of $30 or
/// more; WINTER20, which ended in 2020). Each test makes its own products, customers and carts under fresh names.
/// </summary>
public sealed class CartStore : IAsyncLifetime
{
    public const string Save10 = "SAVE10";
    public const string Winter20 = "WINTER20";

    public static readonly Address Home = new("Casey Shopper", "1 Market St", "Apt 4", "Springfield", "IL", "62701", "US", "555-0100");

    public ComponentDatabase Database { get; } = new();
    public int StandardId { get; private set; }
    public int ExpressId { get; private set; }
    public int SaverId { get; private set; }
    public int CanadaPostId { get; private set; }
    private int _vendorId;
    private int _categoryId;
    private int _warehouseId;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await using var db = Database.NewContext();
        var vendor = new Commerce.Core.Marketplace.Vendor("Acme Apparel", "acme", "acme@example.test", 0.1m);
        vendor.Approve(DateTimeOffset.UtcNow);
        var category = new Category("Tees", "tees");
        var warehouse = new Warehouse("MAIN", "Main", "US", isDefault: true);
        var standard = Method("standard", "Standard", "UPS", 5m, 3, 6, sortOrder: 1);
        var express = Method("express", "Express", "FedEx", 15m, 1, 2, sortOrder: 2);
        var saver = Method("saver", "Saver", "USPS", 7m, 5, 9, sortOrder: 3);
        saver.OfferFreeAbove(40m);
        var canadaPost = Method("canada-post", "Canada Post", "Canada Post", 9m, 4, 8, sortOrder: 4);
        canadaPost.ShipTo(["CA"]);
        var save10 = new Coupon(Save10, CouponType.Percentage, 10m, "USD");
        save10.SetConditions(minimumOrder: 30m, maximumDiscount: null);
        var winter20 = new Coupon(Winter20, CouponType.FixedAmount, 20m, "USD");
        winter20.Schedule(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero));
        db.AddRange(vendor, category, warehouse, standard, express, saver, canadaPost, save10, winter20, new TaxRate("US", null, 0.08m, "US sales tax"));
        await db.SaveChangesAsync();
        (_vendorId, _categoryId, _warehouseId) = (vendor.Id, category.Id, warehouse.Id);
        (StandardId, ExpressId, SaverId, CanadaPostId) = (standard.Id, express.Id, saver.Id, canadaPost.Id);
    }

    public Task DisposeAsync() => Database.DisposeAsync();

    /// <summary>A published product with one variant (named "Default" unless <paramref name="colour"/> is given); returns the variant's id.</summary>
    public async Task<int> AddProductAsync(string name, decimal price, int stock, string? colour = null)
    {
        await using var db = Database.NewContext();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var product = new Product(_vendorId, _categoryId, name, $"{Slug.From(name)}-{unique}", $"P-{unique}", Usd(price));
        var options = colour is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Colour"] = colour };
        var variant = product.AddVariant($"P-{unique}-V", options);
        product.Publish(DateTimeOffset.UtcNow);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        db.InventoryLevels.Add(new InventoryLevel(variant.Id, _warehouseId, stock));
        await db.SaveChangesAsync();
        return variant.Id;
    }

    /// <summary>A cart as the shopper left it: <paramref name="fill"/> adds items at the prices they saw, and any checkout steps.</summary>
    public async Task<CartEntity> AddCartAsync(Action<CartEntity> fill, int? customerId = null)
    {
        await using var db = Database.NewContext();
        var cart = new CartEntity("USD", DateTimeOffset.UtcNow, customerId);
        fill(cart);
        db.Carts.Add(cart);
        await db.SaveChangesAsync();
        return cart;
    }

    public async Task<CartEntity> CartAsync(Guid cartId)
    {
        await using var db = Database.NewContext();
        return await db.Carts.AsNoTracking().Include(c => c.Items).SingleAsync(c => c.Id == cartId);
    }

    /// <summary>A registered customer (an Identity user and its customer record) with saved addresses; returns the user id to sign in with.</summary>
    public async Task<(string UserId, int CustomerId)> AddCustomerAsync(string email, params (Address Address, AddressKind Kind, bool IsDefault)[] addresses)
    {
        await using var db = Database.NewContext();
        var user = new ApplicationUser { UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant() };
        db.Users.Add(user);
        var customer = new Customer(email, "Casey", "Shopper", user.Id);
        foreach (var (address, kind, isDefault) in addresses) customer.AddAddress(address, kind, isDefault);
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return (user.Id, customer.Id);
    }

    /// <summary>A price change in the back office, after the shopper added the item.</summary>
    public async Task RepriceAsync(int variantId, decimal price)
    {
        await using var db = Database.NewContext();
        await db.Variants.Where(v => v.Id == variantId).ExecuteUpdateAsync(s => s.SetProperty(v => v.PriceOverride, price));
    }

    public async Task SetStockAsync(int variantId, int onHand)
    {
        await using var db = Database.NewContext();
        await db.InventoryLevels.Where(l => l.VariantId == variantId).ExecuteUpdateAsync(s => s.SetProperty(l => l.OnHand, onHand));
    }

    public async Task DeactivateAsync(int variantId)
    {
        await using var db = Database.NewContext();
        await db.Variants.Where(v => v.Id == variantId).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsActive, false));
    }

    public static Money Usd(decimal amount) => new(amount, "USD");

    public static ClaimsPrincipal SignedIn(string userId) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Identity.Application"));

    private static ShippingMethod Method(string code, string name, string carrier, decimal price, int minDays, int maxDays, int sortOrder)
    {
        var method = new ShippingMethod(code, name, carrier, ShippingRateKind.Flat, Usd(price), minDays, maxDays);
        method.Reorder(sortOrder);
        return method;
    }
}
