using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed record TestOrder(Guid Id, string Number, string IntentId, int VariantId, Money Total, IReadOnlyList<int> VariantIds);

public sealed record OrderState(OrderStatus Status, PaymentStatus PaymentStatus, decimal RefundedTotal, int OnHand, int Reserved,
    int Refunds, int RefundEmails, PaymentRecordStatus PaymentRecord);

/// <summary>
/// A fresh migrated database per test class, with the real settlement, refunds and webhook handler wired as in the app;
/// the payment provider is a <see cref="RecordingGateway"/>. Each test places its own order on its own product.
/// </summary>
public sealed class PaymentsDatabase : TestDatabase
{
    public const string WebhookSecret = "whsec_test_commerce_payments";

    private int _vendorId, _categoryId, _warehouseId;

    public RecordingGateway Gateway { get; } = new();
    public OrderSettlement Settlement => Services.GetRequiredService<OrderSettlement>();
    public OrderRefunds Refunds => Services.GetRequiredService<OrderRefunds>();
    public StripeWebhookHandler Webhooks => Services.GetRequiredService<StripeWebhookHandler>();
    public OrderCancellation Cancellation => Services.GetRequiredService<OrderCancellation>();
    public OrderFulfilment Fulfilment => Services.GetRequiredService<OrderFulfilment>();

    protected override string DatabaseName => "pay";

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<InventoryReservations>();
        services.AddSingleton<CouponReservations>();
        services.AddSingleton(Options.Create(new CheckoutOptions()));
        services.AddSingleton(Options.Create(new StripeOptions { SecretKey = "sk_test_x", PublishableKey = "pk_test_x", WebhookSecret = WebhookSecret }));
        services.AddSingleton<IPaymentGateway>(Gateway);
        services.AddSingleton(Options.Create(new Commerce.Infrastructure.Marketplace.MarketplaceOptions()));
        services.AddSingleton<Commerce.Infrastructure.Marketplace.MarketplaceLedger>();
        services.AddSingleton<OrderSettlement>();
        services.AddSingleton<OrderRefunds>();
        services.AddSingleton<OrderCancellation>();
        services.AddSingleton<OrderFulfilment>();
        services.AddSingleton<StripeWebhookHandler>();
    }

    protected override async Task SeedAsync(CommerceDbContext db)
    {
        var vendor = new Vendor("Acme Apparel", "acme-apparel", "acme@example.com", 0.1m);
        vendor.Approve(DateTimeOffset.UtcNow);
        var category = new Category("T-Shirts", "t-shirts");
        var warehouse = new Warehouse("MAIN", "Main warehouse", "US", isDefault: true);
        db.AddRange(vendor, category, warehouse);
        await db.SaveChangesAsync();
        (_vendorId, _categoryId, _warehouseId) = (vendor.Id, category.Id, warehouse.Id);
    }

    /// <summary>
    /// An order waiting for its Stripe payment: <paramref name="lines"/> lines of <paramref name="quantity"/> units reserved,
    /// each of its own product with 10 on hand, $5 shipping.
    /// </summary>
    public async Task<TestOrder> PlacePendingOrderAsync(int quantity = 2, decimal unitPrice = 24.99m, int lines = 1)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var items = new List<OrderItem>();
        for (var line = 0; line < lines; line++)
        {
            var sku = "TEE-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
            var product = new Product(_vendorId, _categoryId, "Organic Tee", Slug.From(sku), sku, new Money(unitPrice, "USD"));
            var variant = product.AddVariant(sku + "-M", new Dictionary<string, string> { ["Size"] = "M" });
            db.Products.Add(product);
            await db.SaveChangesAsync();
            db.InventoryLevels.Add(new InventoryLevel(variant.Id, _warehouseId, onHand: 10));
            await db.SaveChangesAsync();
            items.Add(new OrderItem(product.Id, variant.Id, _vendorId, product.Name, "M", variant.Sku, null, quantity, new Money(unitPrice, "USD")));
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var totals = new OrderTotals(Money.Sum(items.Select(i => i.Subtotal), "USD"), Money.Zero("USD"), new Money(5m, "USD"), Money.Zero("USD"));
        // Owned types cannot share one instance: billing gets its own copy.
        var home = new Address("Ada Lovelace", "1 Main St", null, "Springfield", "IL", "12345", "US", null);
        var number = await new OrderNumberGenerator(TimeProvider.System).NextAsync(db);
        var order = new Order(number, "ada@example.com", null, home, home with { }, "Standard", items, totals, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        var intentId = "pi_test_" + Guid.NewGuid().ToString("N")[..20];
        order.StartPayment(StripePaymentGateway.ProviderName, intentId);
        var payment = new Payment(order.Id, StripePaymentGateway.ProviderName, intentId, order.TotalAmount);
        payment.Started(intentId);
        db.Orders.Add(order);
        db.Payments.Add(payment);
        await db.SaveChangesAsync();
        foreach (var item in items)
            Assert.True(await Services.GetRequiredService<InventoryReservations>().TryReserveAsync(db, order.Id, item.VariantId, quantity, CancellationToken.None));
        await transaction.CommitAsync();
        var variants = items.Select(i => i.VariantId).ToList();
        return new TestOrder(order.Id, order.Number, intentId, variants[0], order.TotalAmount, variants);
    }

    public async Task<TestOrder> PlacePaidOrderAsync(int quantity = 2, int lines = 1)
    {
        var order = await PlacePendingOrderAsync(quantity, lines: lines);
        Assert.Equal(SettlementResult.Applied, await Settlement.MarkPaidAsync(order.Id, order.IntentId));
        return order;
    }

    public async Task<OrderState> StateAsync(TestOrder order)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var row = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == order.Id);
        var level = await db.InventoryLevels.AsNoTracking().SingleAsync(l => l.VariantId == order.VariantId);
        var refunds = await db.Refunds.CountAsync(r => r.OrderId == order.Id && r.Status == RefundStatus.Succeeded);
        var emails = await db.OutboxEmails.CountAsync(e => e.OrderId == order.Id && e.Template == Core.Notifications.EmailTemplate.RefundIssued);
        var payment = await db.Payments.Where(p => p.OrderId == order.Id).Select(p => p.Status).SingleAsync();
        return new OrderState(row.Status, row.PaymentStatus, row.RefundedTotal, level.OnHand, level.Reserved, refunds, emails, payment);
    }

    public async Task<int> ProcessedEventsAsync(string eventId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.ProcessedWebhookEvents.CountAsync(e => e.EventId == eventId);
    }

    /// <summary>Delivers a payload the way Stripe would: signed now with the endpoint's secret.</summary>
    public Task<WebhookResult> DeliverAsync(string payload) =>
        Webhooks.HandleAsync(payload, StripeWebhookPayloads.Sign(payload, WebhookSecret, DateTimeOffset.UtcNow));
}
