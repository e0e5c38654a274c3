using Commerce.Core.Cart;
using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Core.Shipping;
using Commerce.Core.Tax;
using Commerce.Infrastructure;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Commerce.Benchmarks.Checkout;

/// <summary>One planned purchase: a guest cart ready for step 3 and the total the shopper was shown.</summary>
internal sealed record PlannedCheckout(Guid CartId, int VariantId, int Quantity, decimal ShownTotal);

/// <summary>
/// The ordering services wired by the app's own <c>AddInfrastructure</c> (offline payments, no job server), and a fresh
/// catalog for one run: a vendor, a category and <c>variants</c> products with stock that outlasts every order,
/// then one guest cart per order, made as CheckoutFixture makes them.
/// </summary>
internal sealed class CheckoutStore(IHost host, string runId) : IAsyncDisposable
{
    public const decimal UnitPrice = 20.00m;
    private const int StockPerVariant = 100_000;

    public IDbContextFactory<CommerceDbContext> Contexts => host.Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
    public OrderPlacement Placement => host.Services.GetRequiredService<OrderPlacement>();
    public IReadOnlyList<int> VariantIds { get; private set; } = [];
    public int InitialStock => StockPerVariant;

    public static async Task<CheckoutStore> OpenAsync(string connection)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Commerce"] = connection,
            ["Jobs:RunServer"] = "false",
            ["Database:MigrateOnStart"] = "true",
        });
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.AddInfrastructure();
        var host = builder.Build();

        if (host.Services.GetRequiredService<IPaymentGateway>() is not OfflinePaymentGateway)
            throw new InvalidOperationException("The checkout benchmark must use the offline payment gateway; unset Stripe's keys.");
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        return new CheckoutStore(host, Guid.NewGuid().ToString("N")[..8]);
    }

    public async Task<int> AddCatalogAsync(int variantCount)
    {
        var now = DateTimeOffset.UtcNow;
        int vendorId, categoryId, warehouseId, shippingId;
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            var vendor = new Vendor($"Bench Vendor {runId}", $"bench-vendor-{runId}", $"vendor-{runId}@bench.example", 0.15m);
            vendor.Approve(now);
            var category = new Category($"Bench {runId}", $"bench-{runId}");
            var shipping = new ShippingMethod($"bench-{runId}", "Standard", "UPS", ShippingRateKind.Flat, new Money(5.00m, "USD"), 3, 6);
            db.AddRange(vendor, category, shipping);
            var warehouse = await db.Warehouses.OrderByDescending(w => w.IsDefault).FirstOrDefaultAsync();
            if (warehouse is null) db.Add(warehouse = new Warehouse("MAIN", "Main", "US", isDefault: true));
            if (!await db.TaxRates.AnyAsync(t => t.CountryCode == "US" && t.Region == "CA"))
                db.Add(new TaxRate("US", "CA", 0.0725m, "CA sales tax"));
            await db.SaveChangesAsync();
            (vendorId, categoryId, warehouseId, shippingId) = (vendor.Id, category.Id, warehouse.Id, shipping.Id);
        }

        var variantIds = new List<int>(variantCount);
        foreach (var chunk in Enumerable.Range(1, variantCount).Chunk(500))
        {
            await using var db = await Contexts.CreateDbContextAsync();
            var variants = chunk.Select(n =>
            {
                var product = new Product(vendorId, categoryId, $"Bench Tee {runId} {n}", $"bench-tee-{runId}-{n}", $"BT-{runId}-{n}", new Money(UnitPrice, "USD"));
                product.SetInventoryPolicy(trackInventory: true, allowBackorder: false);
                var variant = product.AddVariant($"BT-{runId}-{n}-M", new Dictionary<string, string> { ["Size"] = "M" });
                product.Publish(now);
                db.Add(product);
                return variant;
            }).ToList();
            await db.SaveChangesAsync();
            db.AddRange(variants.Select(v => new InventoryLevel(v.Id, warehouseId, StockPerVariant)));
            await db.SaveChangesAsync();
            variantIds.AddRange(variants.Select(v => v.Id));
        }
        VariantIds = variantIds;
        return shippingId;
    }

    /// <summary>Cart i buys 1 or 2 units (alternating) of variant i mod the variant count.</summary>
    public async Task<List<PlannedCheckout>> AddCartsAsync(int count, int shippingMethodId)
    {
        var now = DateTimeOffset.UtcNow;
        var unitPrice = new Money(UnitPrice, "USD");
        var address = new Address("Sam Shopper", "1 Market St", null, "San Francisco", "CA", "94105", "US", null);
        var planned = new List<(Guid Cart, int Variant, int Quantity)>(count);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(250))
        {
            await using var db = await Contexts.CreateDbContextAsync();
            foreach (var i in chunk)
            {
                var (variantId, quantity) = (VariantIds[i % VariantIds.Count], 1 + i % 2);
                var cart = new Cart("USD", now);
                cart.AddItem(variantId, quantity, unitPrice, now);
                cart.SetCheckoutDetails($"shopper-{runId}-{i}@bench.example", address, null);
                cart.ChooseShipping(shippingMethodId);
                db.Add(cart);
                planned.Add((cart.Id, variantId, quantity));
            }
            await db.SaveChangesAsync();
        }

        // Every cart of one quantity costs the same (same price, address and shipping): ask the server once per quantity.
        var shown = new Dictionary<int, decimal>();
        await using (var db = await Contexts.CreateDbContextAsync())
            foreach (var first in planned.GroupBy(p => p.Quantity).Select(g => g.First()))
            {
                var cart = await db.Carts.Include(c => c.Items).SingleAsync(c => c.Id == first.Cart);
                var quote = await host.Services.GetRequiredService<CartPricing>().QuoteAsync(db, cart);
                shown[first.Quantity] = quote.Price.Total.Amount;
            }
        return planned.Select(p => new PlannedCheckout(p.Cart, p.Variant, p.Quantity, shown[p.Quantity])).ToList();
    }

    public ValueTask DisposeAsync()
    {
        host.Dispose();
        return ValueTask.CompletedTask;
    }
}
