using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Ordering;

public sealed record OrderStepResult(bool Ok, string Message)
{
    public static OrderStepResult Done(string message) => new(true, message);
    public static OrderStepResult Refused(string message) => new(false, message);
}

/// <summary>
/// Staff and vendors move a paid order towards the customer: confirm a payment received by hand, start processing,
/// ship some or all of a vendor's lines, mark delivered. Each step locks the order row, asks the domain whether its
/// state allows the step, saves, and queues the customer's email in the same transaction.
/// </summary>
public sealed class OrderFulfilment(
    IDbContextFactory<CommerceDbContext> contexts,
    OrderSettlement settlement,
    TimeProvider clock,
    ILogger<OrderFulfilment> logger)
{
    /// <summary>A payment that reached the store outside the provider (bank transfer, cash): the order is paid and confirmed.</summary>
    public async Task<OrderStepResult> ConfirmPaymentAsync(Guid orderId, string actor, CancellationToken cancellationToken = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var order = await db.Orders.AsNoTracking().Where(o => o.Id == orderId)
                .Select(o => new { o.Number, o.PaymentProvider }).SingleOrDefaultAsync(cancellationToken);
            if (order is null) return OrderStepResult.Refused("That order does not exist.");
            if (order.PaymentProvider == Payments.Stripe.StripePaymentGateway.ProviderName)
                return OrderStepResult.Refused($"Order {order.Number} is paid by card through Stripe: Stripe confirms it when the payment succeeds.");
        }
        var result = await settlement.ConfirmPaymentByStaffAsync(orderId, actor, cancellationToken);
        return result == SettlementResult.Applied
            ? OrderStepResult.Done("Payment confirmed; the order is confirmed and the customer has been emailed.")
            : OrderStepResult.Refused(result == SettlementResult.AlreadyApplied ? "The order is already paid." : "Only an order awaiting payment can be confirmed.");
    }

    public Task<OrderStepResult> StartProcessingAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        StepAsync(orderId, OrderAction.StartProcessing, async (db, order, now) =>
        {
            order.StartProcessing(now);
            await Task.CompletedTask;
            return $"Order {order.Number} is being processed.";
        }, cancellationToken);

    /// <summary>One vendor's parcel with some or all of its remaining units (item id → units).</summary>
    public Task<OrderStepResult> ShipAsync(Guid orderId, int vendorId, string carrier, string trackingNumber, string? trackingUrl,
        IReadOnlyDictionary<int, int> units, CancellationToken cancellationToken = default) =>
        StepAsync(orderId, OrderAction.Ship, async (db, order, now) =>
        {
            await db.Entry(order).Collection(o => o.Shipments).LoadAsync(cancellationToken);
            var shipment = order.Ship(vendorId, carrier, trackingNumber, trackingUrl, units, now);
            await db.SaveChangesAsync(cancellationToken);
            await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.OrderShipped, order.Id, order.Email, discriminator: shipment.Id.ToString()), cancellationToken);
            return $"Shipment {shipment.TrackingNumber} recorded; the customer has been emailed.";
        }, cancellationToken);

    public Task<OrderStepResult> MarkDeliveredAsync(Guid orderId, CancellationToken cancellationToken = default) =>
        StepAsync(orderId, OrderAction.MarkDelivered, async (db, order, now) =>
        {
            await db.Entry(order).Collection(o => o.Shipments).LoadAsync(cancellationToken);
            order.MarkDelivered(now);
            await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.OrderDelivered, order.Id, order.Email), cancellationToken);
            return $"Order {order.Number} is marked delivered; the customer has been emailed.";
        }, cancellationToken);

    public async Task<OrderStepResult> AddNoteAsync(Guid orderId, string author, string text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text)) return OrderStepResult.Refused("Write the note first.");
        if (text.Trim().Length > 2000) return OrderStepResult.Refused("A note is at most 2,000 characters.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Orders.AnyAsync(o => o.Id == orderId, cancellationToken)) return OrderStepResult.Refused("That order does not exist.");
        db.OrderNotes.Add(new OrderNote(orderId, author, text, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return OrderStepResult.Done("Note added.");
    }

    private async Task<OrderStepResult> StepAsync(Guid orderId, OrderAction action,
        Func<CommerceDbContext, Order, DateTimeOffset, Task<string>> step, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
        if (order is null) return OrderStepResult.Refused("That order does not exist.");
        if (!order.Allows(action)) return OrderStepResult.Refused($"Order {order.Number} is {order.Status}: it cannot be {Describe(action)} now.");
        string message;
        try
        {
            message = await step(db, order, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            return OrderStepResult.Refused(ex.Message);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Order {Number}: {Action} done", order.Number, action);
        return OrderStepResult.Done(message);
    }

    private static string Describe(OrderAction action) => action switch
    {
        OrderAction.StartProcessing => "processed",
        OrderAction.Ship => "shipped",
        OrderAction.MarkDelivered => "marked delivered",
        _ => action.ToString().ToLowerInvariant(),
    };
}
