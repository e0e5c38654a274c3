using System.Text.Json;
using Commerce.Core.Auditing;
using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Auditing;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Tests.Payments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Infrastructure.Tests.Orders;

/// <summary>Every staff action on an order leaves its audit entry (who, status before → after) and queues the customer's email.</summary>
public sealed class OrderActionsAudited(PaymentsDatabase store) : IClassFixture<PaymentsDatabase>
{
    private const string Staff = "ann@commerce.example";

    [Fact]
    public async Task ConfirmingAPaymentByHand()
    {
        var order = await store.PlacePendingOrderAsync();
        await MakeOfflineAsync(order);

        await AsStaff(() => store.Fulfilment.ConfirmPaymentAsync(order.Id, Staff));

        await AssertAuditedAsync(order, "Pending", "Confirmed", EmailTemplate.OrderConfirmation);
    }

    [Fact]
    public async Task StartingToProcess()
    {
        var order = await store.PlacePaidOrderAsync();

        await AsStaff(() => store.Fulfilment.StartProcessingAsync(order.Id));

        await AssertAuditedAsync(order, "Confirmed", "Processing", null);
    }

    [Fact]
    public async Task ShippingEverythingThenDelivering()
    {
        var order = await store.PlacePaidOrderAsync();
        var (itemId, vendorId) = await LineAsync(order);

        await AsStaff(() => store.Fulfilment.ShipAsync(order.Id, vendorId, "UPS", "1Z999", null, new Dictionary<int, int> { [itemId] = 2 }));
        await AssertAuditedAsync(order, "Confirmed", "Shipped", EmailTemplate.OrderShipped);

        await AsStaff(() => store.Fulfilment.MarkDeliveredAsync(order.Id));
        await AssertAuditedAsync(order, "Shipped", "Delivered", EmailTemplate.OrderDelivered);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "Shipment" && e.Change == AuditChange.Created && e.OrderId == order.Id.ToString()));
    }

    [Fact]
    public async Task Cancelling()
    {
        var order = await store.PlacePaidOrderAsync();

        await AsStaff(() => store.Cancellation.CancelAsync(order.Id, "Duplicate order", Staff));

        await AssertAuditedAsync(order, "Confirmed", "Cancelled", EmailTemplate.OrderCancelled);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == "Refund" && e.OrderId == order.Id.ToString() && e.Actor == Staff));
    }

    [Fact]
    public async Task Refunding()
    {
        var order = await store.PlacePaidOrderAsync();

        await AsStaff(() => store.Refunds.RefundAsync(order.Id, order.Total, "Never arrived", Staff));

        await AssertAuditedAsync(order, "Confirmed", "Refunded", EmailTemplate.RefundIssued);
    }

    [Fact]
    public async Task TheDatabaseRefusesToChangeOrDeleteAnAuditEntry()
    {
        var order = await store.PlacePaidOrderAsync();
        await AsStaff(() => store.Fulfilment.StartProcessingAsync(order.Id));
        await using var db = await store.Contexts.CreateDbContextAsync();
        var entry = await db.AuditEntries.Where(e => e.OrderId == order.Id.ToString()).OrderBy(e => e.Id).FirstAsync();

        var update = await Assert.ThrowsAsync<PostgresException>(() =>
            db.AuditEntries.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "someone else")));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.AuditEntries.Where(e => e.Id == entry.Id).ExecuteDeleteAsync());
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("TRUNCATE audit_entries"));

        Assert.All([update, delete, truncate], ex => Assert.Contains("append-only", ex.MessageText));
        Assert.Equal(entry.Actor, (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id)).Actor);
    }

    private static async Task AsStaff(Func<Task> action)
    {
        using (AuditActor.Use(Staff)) await action();
    }

    private async Task AssertAuditedAsync(TestOrder order, string before, string after, EmailTemplate? email)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Order" && e.EntityId == order.Id.ToString() && e.Change == AuditChange.Updated).ToListAsync();
        Assert.Contains(entries, e => e.Actor == Staff && StatusChange(e) == (before, after));
        if (email is { } template)
            Assert.True(await db.OutboxEmails.AnyAsync(e => e.OrderId == order.Id && e.Template == template), $"{template} was not queued");
    }

    private static (string?, string?)? StatusChange(AuditEntry entry)
    {
        using var json = JsonDocument.Parse(entry.Changes);
        return json.RootElement.TryGetProperty("Status", out var status)
            ? (status.GetProperty("before").GetString(), status.GetProperty("after").GetString())
            : null;
    }

    private async Task<(int ItemId, int VendorId)> LineAsync(TestOrder order)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        var item = await db.OrderItems.SingleAsync(i => i.OrderId == order.Id);
        return (item.Id, item.VendorId);
    }

    private async Task MakeOfflineAsync(TestOrder order)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE orders SET payment_provider = 'offline' WHERE id = {order.Id}");
    }
}
