using Commerce.Core.Cart;
using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Notifications;

public sealed record TestVariant(int ProductId, int VariantId, int VendorId, string ProductName, string Slug, string Sku, Money Price);

/// <summary>Builds the rows the email tests need through the domain model, each with its own unique names.</summary>
public static class ShopData
{
    /// <summary>A new instance each time: EF tracks owned addresses by reference, so orders must not share one.</summary>
    public static Address Address() => new("Ada <Lovelace>", "1 Loop Road", "Flat 2", "Springfield", "IL", "62701", "US", null);

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 11)];

    public static string UniqueEmail(string name = "shopper") => $"{Unique(name)}@example.test";

    /// <summary>A published product with one variant and <paramref name="onHand"/> units in a warehouse.</summary>
    public static async Task<TestVariant> ProductAsync(CommerceDbContext db, int onHand = 10, decimal price = 617.28m, int reorderPoint = 0,
        string name = "Linen Apron <Navy> & Co")
    {
        var vendor = new Vendor("Harbor Home", Unique("harbor"), "vendor@harbor.test", 0.1m);
        vendor.Approve(DateTimeOffset.UtcNow);
        var category = new Category("Kitchen", Unique("kitchen"));
        var warehouse = new Warehouse(Unique("W")[..12], "Main", "US");
        db.AddRange(vendor, category, warehouse);
        await db.SaveChangesAsync();

        var slug = Unique("linen-apron");
        var sku = Unique("APRON").ToUpperInvariant();
        var product = new Product(vendor.Id, category.Id, name, slug, sku, new Money(price, "USD"));
        var variant = product.AddVariant(sku + "-NV", new Dictionary<string, string> { ["Colour"] = "Navy" });
        product.Publish(DateTimeOffset.UtcNow);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        db.InventoryLevels.Add(new InventoryLevel(variant.Id, warehouse.Id, onHand, reorderPoint));
        await db.SaveChangesAsync();
        return new TestVariant(product.Id, variant.Id, vendor.Id, product.Name, slug, variant.Sku, variant.Price);
    }

    /// <summary>A paid order for two units plus $10 shipping: with the default price its total is $1,244.56.</summary>
    public static async Task<Order> PaidOrderAsync(CommerceDbContext db, TestVariant variant, string? email = null, int? customerId = null,
        int quantity = 2, bool paid = true)
    {
        var number = await new OrderNumberGenerator(TimeProvider.System).NextAsync(db);
        var item = new OrderItem(variant.ProductId, variant.VariantId, variant.VendorId, variant.ProductName, "Navy", variant.Sku, null,
            quantity, variant.Price);
        var subtotal = variant.Price.Multiply(quantity).Round();
        var totals = new OrderTotals(subtotal, Money.Zero("USD"), new Money(10m, "USD"), Money.Zero("USD"));
        var order = new Order(number, email ?? UniqueEmail("buyer"), customerId, Address(), Address(), "Standard shipping", [item], totals,
            Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow);
        if (paid) order.MarkPaid(DateTimeOffset.UtcNow);
        db.Orders.Add(order);
        await db.SaveChangesAsync();
        return order;
    }

    public static async Task<Customer> CustomerAsync(CommerceDbContext db, string? email = null)
    {
        var customer = new Customer(email ?? UniqueEmail("customer"), "Cy", "Customer");
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer;
    }

    public static async Task<Cart> CartAsync(CommerceDbContext db, TestVariant? item, int? customerId = null, string? email = null)
    {
        var now = DateTimeOffset.UtcNow;
        var cart = new Cart("USD", now, customerId);
        if (email is not null) cart.RememberEmail(email);
        if (item is not null) cart.AddItem(item.VariantId, 1, item.Price, now);
        db.Carts.Add(cart);
        await db.SaveChangesAsync();
        return cart;
    }

    /// <summary>Moves a cart's last change into the past, as if the shopper had left it then.</summary>
    public static Task IdleAsync(CommerceDbContext db, Guid cartId, TimeSpan idle) =>
        db.Database.ExecuteSqlInterpolatedAsync($"UPDATE carts SET updated_at = {DateTimeOffset.UtcNow - idle}, created_at = {DateTimeOffset.UtcNow - idle} WHERE id = {cartId}");
}
