using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Commerce.Testing;
using Commerce.Web.Admin.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Tests.Admin.Orders;

/// <summary>
/// The admin order page's real services on their own PostgreSQL database, and orders brought into each state through
/// the domain's own methods (paid with the offline provider, shipped, refunded, cancelled).
/// </summary>
public sealed class OrderPageStore : IAsyncLifetime
{
    private int _vendorId, _productId, _variantId;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("adminorders");
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        var vendor = new Core.Marketplace.Vendor("Order Page Vendor", "order-page-vendor", "vendor@orders.test", 0.1m);
        vendor.Approve(DateTimeOffset.UtcNow);
        var category = new Category("Tees", "tees");
        var warehouse = new Warehouse("MAIN", "Main", "US", isDefault: true);
        db.AddRange(vendor, category, warehouse);
        await db.SaveChangesAsync();
        var product = new Product(vendor.Id, category.Id, "Organic Tee", Slug.From("organic-tee"), "TEE-1", new Money(10m, "USD"));
        var variant = product.AddVariant("TEE-1-M", new Dictionary<string, string> { ["Size"] = "M" });
        db.Products.Add(product);
        await db.SaveChangesAsync();
        db.InventoryLevels.Add(new InventoryLevel(variant.Id, warehouse.Id, onHand: 50));
        await db.SaveChangesAsync();
        (_vendorId, _productId, _variantId) = (vendor.Id, product.Id, variant.Id);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public CommerceDbContext NewContext() => new(CommerceDbContextSetup.Options(ConnectionString, null));

    public void AddServices(IServiceCollection services)
    {
        services.AddCommerceDbContext(ConnectionString);
        services.AddSingleton(Options.Create(new CheckoutOptions()));
        services.AddSingleton<IPaymentGateway, OfflinePaymentGateway>();
        services.AddSingleton<InventoryReservations>();
        services.AddSingleton<CouponReservations>();
        services.AddSingleton<OrderSettlement>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new Commerce.Infrastructure.Marketplace.MarketplaceOptions()));
        services.AddSingleton<Commerce.Infrastructure.Marketplace.MarketplaceLedger>();
        services.AddSingleton<OrderRefunds>();
        services.AddSingleton<OrderCancellation>();
        services.AddSingleton<OrderFulfilment>();
        services.AddScoped<OrdersService>();
    }

    /// <summary>A $25 order (two $10 units, $5 shipping) moved by <paramref name="change"/> once its line has an id.</summary>
    public async Task<string> AddOrderAsync(Action<Order, int> change)
    {
        await using var db = NewContext();
        var number = await new OrderNumberGenerator(TimeProvider.System).NextAsync(db);
        var item = new OrderItem(_productId, _variantId, _vendorId, "Organic Tee", "M", "TEE-1-M", null, 2, new Money(10m, "USD"));
        var home = new Address("Ada Lovelace", "1 Main St", null, "Springfield", "IL", "12345", "US", null);
        var order = new Order(number, "ada@orders.test", null, home, home with { }, "Standard", [item],
            new OrderTotals(new Money(20m, "USD"), Money.Zero("USD"), new Money(5m, "USD"), Money.Zero("USD")), Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        order.StartPayment(OfflinePaymentGateway.ProviderName, $"off_{order.Id:N}");
        db.Orders.Add(order);
        db.Payments.Add(new Core.Payments.Payment(order.Id, OfflinePaymentGateway.ProviderName, $"off_{order.Id:N}", order.TotalAmount));
        await db.SaveChangesAsync();
        change(order, order.Items.Single().Id);
        if (order.IsPaid || order.PaymentStatus == Core.Ordering.PaymentStatus.Refunded)
            (await db.Payments.SingleAsync(p => p.OrderId == order.Id)).Succeed();
        await db.SaveChangesAsync();
        return number;
    }

    public static void Ship(Order order, int itemId, int units) =>
        order.Ship(order.Items.Single().VendorId, "UPS", "1Z" + units, null, new Dictionary<int, int> { [itemId] = units }, DateTimeOffset.UtcNow);
}
