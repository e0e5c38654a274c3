using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Ordering;

public abstract record RefundResult
{
    private RefundResult() { }

    public sealed record Issued(int RefundId, Money Amount, string ProviderReference) : RefundResult;

    /// <summary>Not sent to the provider: the order or the amount does not allow it.</summary>
    public sealed record Rejected(string Message) : RefundResult;

    /// <summary>The provider refused or could not be reached; the held amount is free again and the refund can be retried.</summary>
    public sealed record Failed(string Message) : RefundResult;
}

/// <summary>
/// The one way money goes back on a paid order: staff refunds, cancellations of paid orders and refunds reported by
/// the provider (Stripe's charge.refunded) all end in <see cref="CompleteAsync"/>. A refund is recorded first as
/// requested, holding its amount and units on the order under a short row lock; the provider is asked with no lock
/// held; its answer is recorded under the lock again. So two refunds at once can never pass what was paid, and a slow
/// provider never blocks the order's other steps.
/// </summary>
public sealed class OrderRefunds(
    IDbContextFactory<CommerceDbContext> contexts,
    IPaymentGateway gateway,
    InventoryReservations inventory,
    MarketplaceLedger ledger,
    TimeProvider clock,
    ILogger<OrderRefunds> logger)
{
    public Task<RefundResult> RefundAsync(Guid orderId, Money amount, string reason, string requestedBy, CancellationToken cancellationToken = default) =>
        RefundAsync(orderId, amount, reason, requestedBy, [], cancellationToken);

    /// <param name="lines">Units the refund covers; those marked <see cref="RefundLine.Restock"/> go back on hand.</param>
    public async Task<RefundResult> RefundAsync(Guid orderId, Money amount, string reason, string requestedBy,
        IReadOnlyCollection<RefundLine> lines, CancellationToken cancellationToken = default)
    {
        if (amount.Amount <= 0) return new RefundResult.Rejected("Enter an amount greater than zero.");
        if (amount.Round() != amount) return new RefundResult.Rejected("Refunds are in whole cents.");
        if (string.IsNullOrWhiteSpace(reason)) return new RefundResult.Rejected("Say why the money is refunded.");

        var requested = await RequestAsync(orderId, amount, reason.Trim(), requestedBy, lines, cancellationToken);
        if (requested.Rejection is { } rejection) return rejection;
        var (refund, paymentReference) = (requested.Refund!, requested.PaymentReference!);

        RefundOutcome outcome;
        try
        {
            outcome = await gateway.RefundAsync(paymentReference, amount, refund.ProviderKey, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // We cannot know whether the provider made it: the refund stays requested (its amount held) until the
            // provider's notice completes it, or staff retry with the same key.
            logger.LogError(ex, "Refund {RefundId} of {Amount} on order {OrderId}: the provider call failed", refund.Id, amount, orderId);
            return new RefundResult.Failed("The payment provider did not answer. The refund is recorded as under way and will complete when the provider confirms it.");
        }

        if (!outcome.Succeeded)
        {
            await FailAsync(orderId, refund.Id, outcome.FailureMessage ?? "The payment provider refused the refund.", cancellationToken);
            logger.LogWarning("Refund of {Amount} on order {OrderId} requested by {User} failed: {Message}", amount, orderId, requestedBy, outcome.FailureMessage);
            return new RefundResult.Failed(outcome.FailureMessage ?? "The payment provider refused the refund.");
        }

        await CompleteAsync(orderId, refund.Id, outcome.Reference, requestedBy, cancellationToken);
        logger.LogInformation("Refunded {Amount} on order {OrderId} ({Reference}), requested by {User}: {Reason}", amount, orderId, outcome.Reference, requestedBy, reason);
        return new RefundResult.Issued(refund.Id, amount, outcome.Reference);
    }

    /// <summary>
    /// Records what the provider says has been refunded in total (e.g. a refund made in Stripe's dashboard, or the
    /// notice of one we asked for): refunds still under way are completed first, and only a part not yet on the order
    /// becomes a new refund, so the same notice twice changes nothing.
    /// </summary>
    public async Task<SettlementResult> RecordProviderRefundAsync(Guid orderId, Money refundedAtProvider, string providerReference,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
        if (order is null) return SettlementResult.OrderNotFound;
        if (refundedAtProvider.Currency != order.Currency || order.PaymentStatus is not (PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded))
        {
            logger.LogWarning("Provider refund {Reference} of {Amount} not recorded on order {Number} (payment {Status})",
                providerReference, refundedAtProvider, order.Number, order.PaymentStatus);
            return SettlementResult.Ignored;
        }
        var missing = refundedAtProvider.Amount - order.RefundedTotal;
        if (missing <= 0) return SettlementResult.AlreadyApplied;

        var underWay = await db.Refunds.Where(r => r.OrderId == orderId && r.Status == RefundStatus.Requested).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        foreach (var refund in underWay.Where(r => r.Amount <= missing))
        {
            missing -= refund.Amount;
            await CompleteLockedAsync(db, order, refund, providerReference, "provider", cancellationToken);
        }
        if (missing > 0 && Math.Min(missing, order.Refundable.Amount) is > 0 and var extra
            && await PaymentOfAsync(db, order.Id, cancellationToken) is { } payment)
        {
            var amount = new Money(extra, order.Currency);
            order.RequestRefund(amount, []);
            var refund = Refund.Request(order.Id, payment.Id, amount, "Refunded at the payment provider.", "provider", [], clock.GetUtcNow());
            db.Refunds.Add(refund);
            await db.SaveChangesAsync(cancellationToken);
            await CompleteLockedAsync(db, order, refund, providerReference, "provider", cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Recorded provider refund {Reference} up to {Amount} on order {Number}", providerReference, refundedAtProvider, order.Number);
        return SettlementResult.Applied;
    }

    /// <summary>
    /// Money arrived for an order that had already been cancelled (it expired while the shopper paid): give it all back.
    /// The order never counted as paid, so this refund holds nothing on it. False when the provider did not take the
    /// refund; the caller should try again later (the key makes that safe).
    /// </summary>
    public async Task<bool> RefundLatePaymentAsync(Guid orderId, string paymentReference, Money amount, CancellationToken cancellationToken = default)
    {
        var outcome = await gateway.RefundAsync(paymentReference, amount, $"refund-late-{orderId:N}", cancellationToken);
        if (!outcome.Succeeded)
        {
            logger.LogError("Could not refund late payment {Reference} of {Amount} for cancelled order {OrderId}: {Message}",
                paymentReference, amount, orderId, outcome.FailureMessage);
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
        var payment = await db.Payments.Where(p => p.OrderId == orderId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (order is null || payment is null || await db.Refunds.AnyAsync(r => r.OrderId == orderId && r.ProviderReference == outcome.Reference, cancellationToken))
            return true;

        payment.Started(paymentReference);
        payment.Succeed();
        var refund = new Refund(orderId, payment.Id, amount, "Payment arrived after the order was cancelled; refunded automatically.",
            outcome.Reference, clock.GetUtcNow());
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(cancellationToken);
        await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.RefundIssued, orderId, order.Email, discriminator: refund.Id.ToString()), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogWarning("Late payment {Reference} of {Amount} for cancelled order {Number} refunded ({RefundReference})",
            paymentReference, amount, order.Number, outcome.Reference);
        return true;
    }

    private sealed record Requested(Refund? Refund, string? PaymentReference, RefundResult.Rejected? Rejection);

    private async Task<Requested> RequestAsync(Guid orderId, Money amount, string reason, string requestedBy,
        IReadOnlyCollection<RefundLine> lines, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
        if (order is null) return Reject("That order does not exist.");
        if (!order.IsPaid) return Reject($"Order {order.Number} has no payment to refund (payment is {order.PaymentStatus}).");
        if (amount.Currency != order.Currency) return Reject($"Order {order.Number} was paid in {order.Currency}.");
        if (amount > order.Refundable)
            return Reject(order.RefundPendingTotal > 0
                ? $"At most {order.Refundable.Format()} can still be refunded on order {order.Number} ({new Money(order.RefundPendingTotal, order.Currency).Format()} is being refunded right now)."
                : $"At most {order.Refundable.Format()} can still be refunded on order {order.Number}.");
        if (await PaymentOfAsync(db, order.Id, cancellationToken) is not { } payment)
            return Reject($"Order {order.Number} has no successful payment on record.");
        try
        {
            order.RequestRefund(amount, lines);
        }
        catch (DomainException ex)
        {
            return Reject(ex.Message);
        }
        var refund = Refund.Request(order.Id, payment.Id, amount, reason, requestedBy, lines, clock.GetUtcNow());
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(refund, payment.ProviderReference, null);

        static Requested Reject(string message) => new(null, null, new RefundResult.Rejected(message));
    }

    private async Task CompleteAsync(Guid orderId, int refundId, string providerReference, string actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
        var refund = await db.Refunds.SingleAsync(r => r.Id == refundId, cancellationToken);
        // The provider's notice may have completed it already.
        if (order is null || refund.Status != RefundStatus.Requested) return;
        await CompleteLockedAsync(db, order, refund, providerReference, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Where every refund ends: the money is refunded on the order, the chosen units go back on hand, and the customer
    /// is told. Runs under the order's row lock, inside the caller's transaction.
    /// </summary>
    private async Task CompleteLockedAsync(CommerceDbContext db, Order order, Refund refund, string providerReference, string actor,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        refund.Succeed(providerReference, now);
        order.CompleteRefund(refund.AmountMoney, now);
        var restockActor = $"refund:{actor}";
        foreach (var line in refund.Lines.Where(l => l.Restock))
            if (order.Items.FirstOrDefault(i => i.Id == line.OrderItemId) is { } item)
                await inventory.RestockUnitsAsync(db, order.Id, item.VariantId, line.Quantity, restockActor, cancellationToken);
        // Fully refunded before anything shipped: nothing will ship, so every unit still held goes back.
        if (order.PaymentStatus == PaymentStatus.Refunded && !order.HasShippedAnything)
            await inventory.RestockAsync(db, order.Id, restockActor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Same transaction as the completed refund: the vendors' shares and commission go back in proportion, or nothing does.
        await ledger.PostRefundAsync(db, order, refund.Id, refund.AmountMoney, now, cancellationToken);
        await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.RefundIssued, order.Id, order.Email, discriminator: refund.Id.ToString()), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task FailAsync(Guid orderId, int refundId, string message, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
        var refund = await db.Refunds.SingleAsync(r => r.Id == refundId, cancellationToken);
        if (order is null || refund.Status != RefundStatus.Requested) return;
        refund.Fail(message.Length > 500 ? message[..500] : message, clock.GetUtcNow());
        order.AbandonRefund(refund.AmountMoney, refund.Lines);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task<Payment?> PaymentOfAsync(CommerceDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Succeeded)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);
}
