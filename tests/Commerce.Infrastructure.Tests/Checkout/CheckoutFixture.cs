using Commerce.Core.Cart;
using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Checkout;

/// <summary>
/// A small real store on its own PostgreSQL database with the real ordering services wired as the app wires them
/// (offline payments). Each test makes its own products and carts, so tests in a class never touch each other's rows.
/// </summary>
public sealed class CheckoutFixture : TestDatabase
{
    private int _sequence;

    public OrderPlacement Placement => Services.GetRequiredService<OrderPlacement>();
    public OrderSettlement Settlement => Services.GetRequiredService<OrderSettlement>();
    public OrderCancellation Cancellation => Services.GetRequiredService<OrderCancellation>();
    public MutableClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    public int VendorId { get; private set; }
    public int CategoryId { get; private set; }
    public int ShippingMethodId { get; private set; }

    protected override string DatabaseName => "checkout";

    protected override TimeProvider ServicesClock => Clock;

    protected override string Connection(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 50 }.ConnectionString;

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(Options.Create(new CheckoutOptions { ReservationTimeout = TimeSpan.FromMinutes(30) }));
        services.AddSingleton<InventoryReservations>();
        services.AddSingleton<CouponReservations>();
        services.AddSingleton<CartPricing>();
        services.AddSingleton<OrderNumberGenerator>();
        services.AddSingleton<IPaymentGateway, OfflinePaymentGateway>();
        services.AddSingleton(Options.Create(new Commerce.Infrastructure.Marketplace.MarketplaceOptions()));
        services.AddSingleton<Commerce.Infrastructure.Marketplace.MarketplaceLedger>();
        services.AddSingleton<OrderSettlement>();
        services.AddSingleton<OrderRefunds>();
        services.AddSingleton<OrderCancellation>();
        services.AddSingleton<OrderPlacement>();
    }

    protected override async Task SeedAsync(CommerceDbContext db)
    {
        var vendor = new Vendor("Test Vendor", "test-vendor", "vendor@test.example", 0.15m);
        vendor.Approve(Clock.GetUtcNow());
        var category = new Category("Tees", "tees");
        db.AddRange(vendor, category, new Warehouse("MAIN", "Main", "US", isDefault: true));
        var standard = new ShippingMethod("standard", "Standard", "UPS", ShippingRateKind.Flat, new Money(5.00m, "USD"), 3, 6);
        db.Add(standard);
        db.Add(new TaxRate("US", "CA", 0.0725m, "CA sales tax"));
        await db.SaveChangesAsync();
        (VendorId, CategoryId, ShippingMethodId) = (vendor.Id, category.Id, standard.Id);
    }

    /// <summary>A published product with one variant at <paramref name="price"/> and <paramref name="stock"/> units.</summary>
    public async Task<int> AddVariantAsync(decimal price = 20.00m, int stock = 10, bool allowBackorder = false)
    {
        var n = Interlocked.Increment(ref _sequence);
        await using var db = await Contexts.CreateDbContextAsync();
        var product = new Product(VendorId, CategoryId, $"Test Tee {n}", $"test-tee-{n}", $"TT-{n}", new Money(price, "USD"));
        product.SetInventoryPolicy(trackInventory: true, allowBackorder);
        var variant = product.AddVariant($"TT-{n}-M", new Dictionary<string, string> { ["Size"] = "M" });
        product.Publish(Clock.GetUtcNow());
        db.Add(product);
        await db.SaveChangesAsync();
        var warehouse = await db.Warehouses.SingleAsync(w => w.Code == "MAIN");
        db.Add(new InventoryLevel(variant.Id, warehouse.Id, stock));
        await db.SaveChangesAsync();
        return variant.Id;
    }

    public async Task<int> AddCouponAsync(string code, CouponType type, decimal value, int? usageLimit = null, int? perCustomer = null)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var coupon = new Coupon(code, type, value, "USD");
        coupon.SetLimits(usageLimit, perCustomer);
        db.Add(coupon);
        await db.SaveChangesAsync();
        return coupon.Id;
    }

    /// <summary>A guest cart ready for step 3: items, email, a California address and standard shipping.</summary>
    public async Task<Guid> AddCartAsync(int variantId, int quantity = 1, string? email = null, string? coupon = null)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var variant = await db.Variants.Include(v => v.Product).SingleAsync(v => v.Id == variantId);
        var cart = new Cart("USD", Clock.GetUtcNow());
        cart.AddItem(variantId, quantity, variant.Price, Clock.GetUtcNow());
        cart.SetCheckoutDetails(email ?? $"shopper{Interlocked.Increment(ref _sequence)}@test.example",
            new Address("Sam Shopper", "1 Market St", null, "San Francisco", "CA", "94105", "US", null), null);
        cart.ChooseShipping(ShippingMethodId);
        if (coupon is not null) cart.ApplyCoupon(coupon);
        db.Add(cart);
        await db.SaveChangesAsync();
        return cart.Id;
    }

    /// <summary>What step 3 shows the shopper: the server's own total for the cart.</summary>
    public async Task<decimal> ShownTotalAsync(Guid cartId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var cart = await db.Carts.SingleAsync(c => c.Id == cartId);
        return (await Services.GetRequiredService<CartPricing>().QuoteAsync(db, cart)).Price.Total.Amount;
    }

    public async Task<PlaceOrderResult> PlaceAsync(Guid cartId, string? key = null, string card = OfflinePaymentGateway.SuccessCard, decimal? expectedTotal = null) =>
        await Placement.PlaceAsync(new PlaceOrderCommand(cartId, key ?? Guid.NewGuid().ToString("N"),
            expectedTotal ?? await ShownTotalAsync(cartId), new PaymentInput(card), null));

    public async Task<(int OnHand, int Reserved)> StockAsync(int variantId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var level = await db.InventoryLevels.AsNoTracking().SingleAsync(l => l.VariantId == variantId);
        return (level.OnHand, level.Reserved);
    }

    public async Task<T> QueryAsync<T>(Func<CommerceDbContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await query(db);
    }
}

/// <summary>A clock the tests move forward, e.g. past the reservation timeout.</summary>
public sealed class MutableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}
