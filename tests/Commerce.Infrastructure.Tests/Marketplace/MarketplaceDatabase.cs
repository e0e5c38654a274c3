using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Commerce.Infrastructure.Tests.Payments;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Commerce.Infrastructure.Tests.Marketplace;

/// <summary>A payout rail the test can swap (Stripe through the fake API, or one that crashes) while the runner keeps its reference.</summary>
public sealed class SwitchableRail : IPayoutRail
{
    public IPayoutRail Inner { get; set; } = new ManualPayoutsOnly();
    public bool IsAvailable => Inner.IsAvailable;

    public Task<PayoutTransfer> TransferAsync(string destination, Money amount, string key, string description, CancellationToken cancellationToken) =>
        Inner.TransferAsync(destination, amount, key, description, cancellationToken);
}

/// <summary>Stands for the process dying right after the rail moved the money, before the payout was recorded.</summary>
public sealed class CrashAfterTransfer(IPayoutRail inner) : IPayoutRail
{
    public bool IsAvailable => true;

    public async Task<PayoutTransfer> TransferAsync(string destination, Money amount, string key, string description, CancellationToken cancellationToken)
    {
        await inner.TransferAsync(destination, amount, key, description, cancellationToken);
        throw new InvalidOperationException("Simulated crash after the transfer.");
    }
}

/// <summary>
/// A fresh migrated database with three approved vendors (two with Stripe connected accounts), the real settlement,
/// refunds, cancellation, ledger and payout runner, a clock the test moves, and the local fake of Stripe's API.
/// </summary>
public sealed class MarketplaceDatabase : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private int _categoryId, _warehouseId;
    private readonly Dictionary<int, int> _variantByVendor = [];

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    public RecordingGateway Gateway { get; } = new();
    public SwitchableRail Rail { get; } = new();
    public FakeStripeApi Stripe { get; private set; } = null!;
    public MarketplaceOptions Options { get; } = new() { HoldPeriod = TimeSpan.FromDays(7), MinimumPayout = 1m, DefaultCommissionRate = 0.10m };
    public List<int> VendorIds { get; } = [];
    public IDbContextFactory<CommerceDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
    public OrderSettlement Settlement => _services.GetRequiredService<OrderSettlement>();
    public OrderRefunds Refunds => _services.GetRequiredService<OrderRefunds>();
    public OrderCancellation Cancellation => _services.GetRequiredService<OrderCancellation>();
    public PayoutRunner Payouts => _services.GetRequiredService<PayoutRunner>();

    public IPayoutRail StripeRail() => new StripeConnectPayouts(Stripe.Client(), NullLogger<StripeConnectPayouts>.Instance);

    public async Task InitializeAsync()
    {
        Stripe = await FakeStripeApi.StartAsync();
        var connectionString = await PostgresServer.CreateDatabaseAsync("market");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddCommerceDbContext(connectionString);
        services.AddSingleton<InventoryReservations>();
        services.AddSingleton<CouponReservations>();
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new CheckoutOptions()));
        services.AddSingleton(Microsoft.Extensions.Options.Options.Create(Options));
        services.AddSingleton<IPaymentGateway>(Gateway);
        services.AddSingleton<IPayoutRail>(Rail);
        services.AddSingleton<MarketplaceLedger>();
        services.AddSingleton<OrderSettlement>();
        services.AddSingleton<OrderRefunds>();
        services.AddSingleton<OrderCancellation>();
        services.AddSingleton<PayoutRunner>();
        _services = services.BuildServiceProvider();

        await using var db = await Contexts.CreateDbContextAsync();
        await db.Database.MigrateAsync();
        var vendors = new[]
        {
            new Vendor("Acme Apparel", "acme-apparel", "acme@example.com", 0.15m),
            new Vendor("Bolt Bikes", "bolt-bikes", "bolt@example.com", 0.085m),
            new Vendor("Cedar Crafts", "cedar-crafts", "cedar@example.com"),
        };
        vendors[0].SetPayoutAccount("acct_acme");
        vendors[1].SetPayoutAccount("acct_bolt");
        foreach (var v in vendors) v.Approve(Clock.GetUtcNow());
        var category = new Category("Things", "things");
        var warehouse = new Warehouse("MAIN", "Main warehouse", "US", isDefault: true);
        db.AddRange([.. vendors, category, warehouse]);
        await db.SaveChangesAsync();
        (_categoryId, _warehouseId) = (category.Id, warehouse.Id);
        VendorIds.AddRange(vendors.Select(v => v.Id));
        foreach (var vendor in vendors)
        {
            var sku = $"SKU-{vendor.Slug.ToUpperInvariant()}";
            var product = new Product(vendor.Id, _categoryId, $"{vendor.Name} thing", Slug.From(sku), sku, new Money(10m, "USD"));
            var variant = product.AddVariant(sku + "-1", new Dictionary<string, string> { ["Size"] = "One" });
            db.Products.Add(product);
            await db.SaveChangesAsync();
            db.InventoryLevels.Add(new InventoryLevel(variant.Id, _warehouseId, onHand: 1_000_000));
            await db.SaveChangesAsync();
            _variantByVendor[vendor.Id] = variant.Id;
        }
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>Places and pays an order of the given lines (vendor, quantity, unit price, discount, tax) with shipping.</summary>
    public async Task<Order> PaidOrderAsync(IReadOnlyList<(int VendorId, int Quantity, decimal Unit, decimal Discount, decimal Tax)> lines, decimal shipping)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var productIds = await db.Variants.Where(v => _variantByVendor.Values.Contains(v.Id)).ToDictionaryAsync(v => v.Id, v => v.ProductId);
        var items = lines.Select(l =>
        {
            var variantId = _variantByVendor[l.VendorId];
            var item = new OrderItem(productIds[variantId], variantId, l.VendorId, "Thing", "One", "SKU", null, l.Quantity, new Money(l.Unit, "USD"));
            item.ApplyPricing(new Money(l.Discount, "USD"), new Money(l.Tax, "USD"));
            return item;
        }).ToList();
        var usd = (decimal a) => new Money(a, "USD");
        var totals = new OrderTotals(Money.Sum(items.Select(i => i.Subtotal), "USD"), usd(items.Sum(i => i.DiscountTotal)), usd(shipping), usd(items.Sum(i => i.TaxTotal)));
        var home = new Address("Ada Lovelace", "1 Main St", null, "Springfield", "IL", "12345", "US", null);
        var number = await new OrderNumberGenerator(Clock).NextAsync(db);
        var order = new Order(number, "ada@example.com", null, home, home with { }, "Standard", items, totals, Guid.NewGuid().ToString(), Clock.GetUtcNow());
        var intentId = "pi_test_" + Guid.NewGuid().ToString("N")[..20];
        order.StartPayment("stripe", intentId);
        var payment = new Payment(order.Id, "stripe", intentId, order.TotalAmount);
        payment.Started(intentId);
        db.Orders.Add(order);
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        Assert.Equal(SettlementResult.Applied, await Settlement.MarkPaidAsync(order.Id, intentId));
        return order;
    }

    public Task<Order> PaidOrderAsync(int vendorId, decimal amount) => PaidOrderAsync([(vendorId, 1, amount, 0m, 0m)], 0m);

    public async Task<VendorBalance> BalanceAsync(int vendorId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await MarketplaceLedger.BalanceAsync(db, vendorId, "USD", Clock.GetUtcNow(), CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<CommerceDbContext, Task<T>> query)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await query(db);
    }

    public Task<decimal> LedgerTotalAsync() => QueryAsync(db => db.LedgerEntries.SumAsync(e => e.Amount));

    public Task<List<Guid>> UnbalancedTransactionsAsync() => QueryAsync(db => db.LedgerEntries.GroupBy(e => e.TransactionId)
        .Where(g => g.Sum(e => e.Amount) != 0).Select(g => g.Key).ToListAsync());

    public Task<List<VendorPayout>> PayoutsAsync(int vendorId) =>
        QueryAsync(db => db.VendorPayouts.AsNoTracking().Where(p => p.VendorId == vendorId).OrderBy(p => p.Id).ToListAsync());

    public Task<int> TransactionsAsync(TransactionKind kind, int payoutId) =>
        QueryAsync(db => db.LedgerTransactions.CountAsync(t => t.Kind == kind && t.PayoutId == payoutId));
}
