using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Core.Promotions;
using Commerce.Core.Reporting;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Admin.Customers;
using Commerce.Web.Admin.Reports;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Commerce.Testing;
using Commerce.Web.Admin.Dashboard;
using Commerce.Web.Hosting;
using VendorEntity = Commerce.Core.Marketplace.Vendor;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Tests.Admin.Insights;

/// <summary>
/// A store on its own PostgreSQL database with the dashboard's and reports' real services and the clock fixed at
/// <see cref="Now"/>. Orders are made with the domain's own methods and exact amounts, so figures can be asserted to the cent.
/// </summary>
public class InsightsStore : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly Address Home = new("Sam Shopper", "1 Market St", null, "San Francisco", "CA", "94105", "US", null);
    private int _sequence;

    public ServiceProvider Services { get; private set; } = null!;
    public DashboardService Dashboard => Services.GetRequiredService<DashboardService>();
    public VendorEntity Northwind { get; private set; } = null!;
    public VendorEntity Harbor { get; private set; } = null!;
    public Product Mug { get; private set; } = null!;
    public Product Lamp { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("insights");
        var services = new ServiceCollection();
        services.AddDbContextFactory<CommerceDbContext>(o => o
            .UseNpgsql(connectionString, n => n.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention());
        services.AddSingleton<TimeProvider>(new FixedClock(Now));
        services.AddSingleton(Options.Create(new StoreSettings { Currency = "USD" }));
        services.AddLogging();
        services.AddIdentityCore<ApplicationUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<CommerceDbContext>();
        services.AddScoped<Commerce.Web.Admin.Inventory.InventoryService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<CustomersService>();
        services.AddScoped<ReportsService>();
        Services = services.BuildServiceProvider();

        await using var db = NewContext();
        await db.Database.MigrateAsync();
        Northwind = new VendorEntity("Northwind Outfitters", "northwind", "northwind@insights.test", 0.1m);
        Harbor = new VendorEntity("Harbor & Home", "harbor", "harbor@insights.test", 0.1m);
        Northwind.Approve(Now);
        Harbor.Approve(Now);
        var kitchen = new Category("Kitchen", "kitchen");
        var lighting = new Category("Lighting", "lighting");
        db.AddRange(Northwind, Harbor, kitchen, lighting);
        await db.SaveChangesAsync();
        Mug = AddProduct(db, Northwind, kitchen, "Stoneware Mug", 12.50m);
        Lamp = AddProduct(db, Harbor, lighting, "Ceramic Lamp", 40.00m);
        await db.SaveChangesAsync();
    }

    public ReportsService Reports => Services.GetRequiredService<ReportsService>();

    public string Unique(string name) => $"{name}{Interlocked.Increment(ref _sequence)}";

    /// <summary>A customer with one saved shipping address; <paramref name="registered"/> gives them a login (an Admin one with <paramref name="admin"/>).</summary>
    public async Task<Customer> AddCustomerAsync(string email, string first, string last, string? phone = null, bool consent = false,
        bool registered = false, bool admin = false)
    {
        string? userId = null;
        if (registered)
        {
            await using var scope = Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email };
            var created = await users.CreateAsync(user, "Insights#2026");
            if (!created.Succeeded) throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            if (admin)
            {
                var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
                if (!await roles.RoleExistsAsync(Core.Roles.Admin)) await roles.CreateAsync(new IdentityRole(Core.Roles.Admin));
                await users.AddToRoleAsync(user, Core.Roles.Admin);
            }
            userId = user.Id;
        }
        await using var db = NewContext();
        var customer = new Customer(email, first, last, userId);
        customer.SetPhone(phone);
        customer.SetMarketingConsent(consent);
        customer.AddAddress(Home with { FullName = $"{first} {last}" }, AddressKind.Shipping);
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer;
    }

    public CommerceDbContext NewContext() => Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContext();

    /// <summary>
    /// An order placed <paramref name="daysAgo"/> days before today at 09:00 UTC; lines are (product, quantity, tax), the
    /// discount comes off the first line. Paid unless told otherwise; the payment is on record as succeeded.
    /// </summary>
    public async Task<Order> AddOrderAsync(int daysAgo, (Product Product, int Quantity, decimal Tax)[] lines, decimal shipping = 0m,
        decimal discount = 0m, bool paid = true, string? coupon = null, Customer? customer = null, string? country = null, string? region = null)
    {
        await using var db = NewContext();
        var placedAt = new DateTimeOffset(Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var items = lines.Select((l, i) =>
        {
            var item = new OrderItem(l.Product.Id, l.Product.Variants.First().Id, l.Product.VendorId, l.Product.Name, "Default", l.Product.Sku,
                null, l.Quantity, new Money(l.Product.BasePrice, "USD"));
            item.ApplyPricing(new Money(i == 0 ? discount : 0m, "USD"), new Money(l.Tax, "USD"));
            return item;
        }).ToList();
        var totals = new OrderTotals(Money.Sum(items.Select(i => i.Subtotal), "USD"), new Money(discount, "USD"), new Money(shipping, "USD"),
            new Money(lines.Sum(l => l.Tax), "USD"));
        var address = Home with { CountryCode = country ?? "US", Region = region ?? "CA" };
        var order = new Order($"ORD-{placedAt:yyyyMMdd}-{Interlocked.Increment(ref _sequence):D4}", customer?.Email ?? "sam@insights.test",
            customer?.Id, address, address with { }, "Standard", items, totals, Guid.NewGuid().ToString("N"), placedAt);
        if (coupon is not null) order.UseCoupon(coupon);
        db.Orders.Add(order);
        if (paid) order.MarkPaid(placedAt.AddMinutes(2));
        await db.SaveChangesAsync();
        if (paid)
        {
            var payment = new Payment(order.Id, "offline", $"pay-{order.Number}", order.TotalAmount);
            payment.Succeed();
            db.Payments.Add(payment);
            await db.SaveChangesAsync();
        }
        return order;
    }

    /// <summary>A refund the provider made <paramref name="daysAgo"/> days before today, recorded on the order as the refund service records it.</summary>
    public async Task RefundAsync(Order order, decimal amount, int daysAgo)
    {
        await using var db = NewContext();
        var tracked = await db.Orders.Include(o => o.Items).SingleAsync(o => o.Id == order.Id);
        var paymentId = await db.Payments.Where(p => p.OrderId == order.Id).Select(p => p.Id).SingleAsync();
        var at = Now.AddDays(-daysAgo);
        db.Refunds.Add(new Refund(order.Id, paymentId, new Money(amount, "USD"), "Customer returned it.", $"re-{Guid.NewGuid():N}", at));
        tracked.RecordRefund(new Money(amount, "USD"), at);
        await db.SaveChangesAsync();
    }

    /// <summary>A refund asked of the provider today that it has not answered: its amount is held, no money has moved.</summary>
    public async Task RequestRefundAsync(Order order, decimal amount)
    {
        await using var db = NewContext();
        var tracked = await db.Orders.Include(o => o.Items).SingleAsync(o => o.Id == order.Id);
        var paymentId = await db.Payments.Where(p => p.OrderId == order.Id).Select(p => p.Id).SingleAsync();
        db.Refunds.Add(Refund.Request(order.Id, paymentId, new Money(amount, "USD"), "Damaged in transit.", "admin@insights.test", [], Now));
        tracked.RequestRefund(new Money(amount, "USD"), []);
        await db.SaveChangesAsync();
    }

    public async Task CancelAsync(Order order, int daysAgo)
    {
        await using var db = NewContext();
        var tracked = await db.Orders.Include(o => o.Items).SingleAsync(o => o.Id == order.Id);
        tracked.Cancel("Customer asked to cancel.", Now.AddDays(-daysAgo));
        await db.SaveChangesAsync();
    }

    /// <summary>Money that arrived after <paramref name="order"/> was cancelled unpaid, and went straight back (as OrderRefunds does).</summary>
    public async Task LatePaymentRefundedAsync(Order order, decimal amount, int daysAgo)
    {
        await using var db = NewContext();
        var payment = new Payment(order.Id, "offline", $"late-{order.Number}", new Money(amount, "USD"));
        payment.Succeed();
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        db.Refunds.Add(new Refund(order.Id, payment.Id, new Money(amount, "USD"), "Payment arrived after the order was cancelled.", $"late-{order.Number}", Now.AddDays(-daysAgo)));
        await db.SaveChangesAsync();
    }

    public async Task CartsStartedAsync(int daysAgo, int carts)
    {
        await using var db = NewContext();
        db.CartStartsDays.Add(new CartStartsDay(Today.AddDays(-daysAgo), carts));
        await db.SaveChangesAsync();
    }

    public virtual async Task DisposeAsync() => await Services.DisposeAsync();

    private static Product AddProduct(CommerceDbContext db, VendorEntity vendor, Category category, string name, decimal price)
    {
        var sku = name.ToUpperInvariant().Replace(' ', '-');
        var product = new Product(vendor.Id, category.Id, name, sku.ToLowerInvariant(), sku, new Money(price, "USD"));
        product.SetInventoryPolicy(trackInventory: false, allowBackorder: false);
        product.AddVariant($"{sku}-1", new Dictionary<string, string> { ["Size"] = "One size" });
        product.Publish(Now);
        db.Add(product);
        return product;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
