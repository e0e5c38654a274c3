using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Core.Ordering;
using Commerce.Core.Promotions;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Commerce.Testing;
using Commerce.Web.Admin.Coupons;
using Commerce.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using CartEntity = Commerce.Core.Cart.Cart;

namespace Commerce.Web.Tests.Admin.Coupons;

/// <summary>
/// A small store on its own PostgreSQL database with the coupon pages' real services. Each test makes its own
/// products, coupons, orders and carts under unique names, so tests in a class never see each other's rows.
/// </summary>
public sealed class CouponStore : TestDatabase
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly Address Home = new("Sam Shopper", "1 Market St", null, "San Francisco", "CA", "94105", "US", null);
    private int _sequence;

    public CouponsService Coupons => Services.GetRequiredService<CouponsService>();
    public int VendorId { get; private set; }

    protected override string DatabaseName => "coupons";

    protected override void ConfigureServices(IServiceCollection services) => AddServices(services);

    protected override async Task SeedAsync(CommerceDbContext db)
    {
        var vendor = new Commerce.Core.Marketplace.Vendor("Coupon Vendor", "coupon-vendor", "vendor@coupons.test", 0.1m);
        vendor.Approve(Now);
        db.Add(vendor);
        await db.SaveChangesAsync();
        VendorId = vendor.Id;
    }

    /// <summary>What the coupon pages need, wired as the app wires them, with the clock fixed at <see cref="Now"/>.</summary>
    public static IServiceCollection AddServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        services.AddSingleton<CartPricing>();
        services.AddSingleton<CouponDiagnosis>();
        services.AddSingleton(Options.Create(new StoreSettings { Currency = "USD" }));
        services.AddScoped<CouponsService>();
        return services;
    }

    public string Unique(string name) => $"{name}{Interlocked.Increment(ref _sequence)}";

    public async Task<int> AddCategoryAsync(string name, int? parentId = null)
    {
        await using var db = NewContext();
        var parent = parentId is { } id ? await db.Categories.SingleAsync(c => c.Id == id) : null;
        var category = new Category(name, Unique("cat-").ToLowerInvariant(), parent);
        db.Add(category);
        await db.SaveChangesAsync();
        return category.Id;
    }

    /// <summary>A published product, stock not tracked, with one variant. Returns both ids.</summary>
    public async Task<(int ProductId, int VariantId)> AddProductAsync(string name, decimal price, int categoryId)
    {
        await using var db = NewContext();
        var sku = Unique("SKU-");
        var product = new Product(VendorId, categoryId, name, sku.ToLowerInvariant(), sku, new Money(price, "USD"));
        product.SetInventoryPolicy(trackInventory: false, allowBackorder: false);
        var variant = product.AddVariant($"{sku}-M", new Dictionary<string, string> { ["Size"] = "M" });
        product.Publish(Now);
        db.Add(product);
        await db.SaveChangesAsync();
        return (product.Id, variant.Id);
    }

    public async Task<Coupon> AddCouponAsync(CouponTerms terms, int timesUsed = 0)
    {
        await using var db = NewContext();
        var coupon = Coupon.Create(terms, "USD");
        db.Add(coupon);
        await db.SaveChangesAsync();
        // The count only ever moves by a conditional UPDATE; tests set it the same way.
        if (timesUsed > 0) await db.Coupons.Where(c => c.Id == coupon.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.TimesUsed, timesUsed));
        return coupon;
    }

    public async Task<Order> AddOrderAsync(string email, DateTimeOffset placedAt, params (string Name, int ProductId, int VariantId, int Quantity, decimal Price)[] items)
    {
        await using var db = NewContext();
        var lines = items.Select(i => new OrderItem(i.ProductId, i.VariantId, VendorId, i.Name, "M", $"SKU-{i.VariantId}", null, i.Quantity, new Money(i.Price, "USD"))).ToList();
        var subtotal = Money.Sum(lines.Select(l => l.Subtotal), "USD");
        var totals = OrderTotals.Zero("USD") with { Subtotal = subtotal };
        var order = new Order($"ORD-{placedAt:yyyyMMdd}-{Interlocked.Increment(ref _sequence):D4}", email, null, Home, Home with { }, "Standard", lines, totals,
            Guid.NewGuid().ToString("N"), placedAt);
        db.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    /// <summary>A redemption of <paramref name="couponId"/> by an earlier order of <paramref name="email"/>.</summary>
    public async Task RedeemAsync(int couponId, Order order, decimal discount, RedemptionStatus status = RedemptionStatus.Confirmed)
    {
        await using var db = NewContext();
        var redemption = new CouponRedemption(couponId, order.Id, order.CustomerId, order.Email, new Money(discount, "USD"), order.PlacedAt);
        if (status == RedemptionStatus.Confirmed) redemption.Confirm();
        else if (status == RedemptionStatus.Released) redemption.Release();
        db.Add(redemption);
        await db.SaveChangesAsync();
    }

    /// <summary>A guest cart whose checkout email is <paramref name="email"/>, or a customer's cart when <paramref name="asCustomer"/>.</summary>
    public async Task AddCartAsync(string email, bool asCustomer, params (int VariantId, int Quantity, decimal Price)[] items)
    {
        await using var db = NewContext();
        int? customerId = null;
        if (asCustomer)
        {
            var customer = new Customer(email, "Sam", "Shopper");
            db.Add(customer);
            await db.SaveChangesAsync();
            customerId = customer.Id;
        }
        var cart = new CartEntity("USD", Now, customerId);
        foreach (var (variantId, quantity, price) in items) cart.AddItem(variantId, quantity, new Money(price, "USD"), Now);
        if (!asCustomer) cart.SetCheckoutDetails(email, Home, null);
        db.Add(cart);
        await db.SaveChangesAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
