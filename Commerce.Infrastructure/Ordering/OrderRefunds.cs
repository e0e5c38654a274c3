using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Notifications;
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

    /// <summary>The provider refused or could not be reached; nothing was recorded and the same request can be retried.</summary>
    public sealed record Failed(string Message) : RefundResult;
}

/// <summary>
/// Gives money back on paid orders, by staff (<see cref="RefundAsync"/>) or as reported by the provider (refunds made
/// in its dashboard). Each step holds the order row lock, so refunds of one order run one at a time and the refunded
/// total can never pass the order total. A full refund of an order of which nothing has shipped puts its units back
/// on hand: such an order is cancelled or, once refunded, can no longer ship.
/// </summary>
public sealed class OrderRefunds(
    IDbContextFactory<CommerceDbContext> contexts,
    IPaymentGateway gateway,
    InventoryReservations inventory,
    TimeProvider clock,
    ILogger<OrderRefunds> logger)
{
    public async Task<RefundResult> RefundAsync(Guid orderId, Money amount, string reason, string requestedBy, CancellationToken cancellationToken = default)
    {
        if (amount.Amount <= 0) return new RefundResult.Rejected("Enter an amount greater than zero.");
        if (amount.Round() != amount) return new RefundResult.Rejected("Refunds are in whole cents.");
        if (string.IsNullOrWhiteSpace(reason)) return new RefundResult.Rejected("Say why the money is refunded.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
        if (order is null) return new RefundResult.Rejected("That order does not exist.");
        if (order.PaymentStatus is not (PaymentStatus.Paid or PaymentStatus.PartiallyRefunded))
            return new RefundResult.Rejected($"Order {order.Number} has no payment to refund (payment is {order.PaymentStatus}).");
        if (amount.Currency != order.Currency) return new RefundResult.Rejected($"Order {order.Number} was paid in {order.Currency}.");
        var refundable = new Money(order.Total - order.RefundedTotal, order.Currency);
        if (amount > refundable) return new RefundResult.Rejected($"At most {refundable.Format()} can still be refunded on order {order.Number}.");
        if (await PaymentOfAsync(db, order.Id, cancellationToken) is not { } payment)
            return new RefundResult.Rejected($"Order {order.Number} has no successful payment on record.");

        // The order row is locked, so the count is stable: a retry of a refund that failed to record reuses its key.
        var sequence = await db.Refunds.CountAsync(r => r.OrderId == order.Id, cancellationToken) + 1;
        var outcome = await gateway.RefundAsync(payment.ProviderReference, amount, $"refund-{order.Id:N}-{sequence}", cancellationToken);
        if (!outcome.Succeeded)
        {
            logger.LogWarning("Refund of {Amount} on order {Number} requested by {User} failed: {Message}", amount, order.Number, requestedBy, outcome.FailureMessage);
            return new RefundResult.Failed(outcome.FailureMessage ?? "The payment provider refused the refund.");
        }

        var refund = await RecordAsync(db, order, payment, amount, reason.Trim(), outcome.Reference, $"refund:{requestedBy}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Refunded {Amount} on order {Number} ({Reference}), requested by {User}: {Reason}", amount, order.Number, outcome.Reference, requestedBy, reason);
        return new RefundResult.Issued(refund.Id, amount, outcome.Reference);
    }

    /// <summary>
    /// Records what the provider says has been refunded in total (e.g. a refund made in Stripe's dashboard): only the part
    /// not yet on the order is recorded, so the same notice twice, or the notice of a refund we made, changes nothing.
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
        if (await PaymentOfAsync(db, order.Id, cancellationToken) is not { } payment) return SettlementResult.Ignored;

        var amount = new Money(Math.Min(missing, order.Total - order.RefundedTotal), order.Currency);
        await RecordAsync(db, order, payment, amount, "Refunded at the payment provider.", providerReference, "refund:provider", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Recorded provider refund {Reference} of {Amount} on order {Number}", providerReference, amount, order.Number);
        return SettlementResult.Applied;
    }

    /// <summary>
    /// Money arrived for an order that had already been cancelled (it expired while the shopper paid): give it all back.
    /// False when the provider did not take the refund; the caller should try again later (the key makes that safe).
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

        // The order stays cancelled and unpaid; the payment and refund rows are the record that money came and went back.
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

    private static Task<Payment?> PaymentOfAsync(CommerceDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Payments.Where(p => p.OrderId == orderId && p.Status == PaymentRecordStatus.Succeeded)
            .OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<Refund> RecordAsync(CommerceDbContext db, Order order, Payment payment, Money amount, string reason, string providerReference,
        string actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var refund = new Refund(order.Id, payment.Id, amount, reason, providerReference, now);
        db.Refunds.Add(refund);
        order.RecordRefund(amount, now);
        await db.SaveChangesAsync(cancellationToken);
        await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.RefundIssued, order.Id, order.Email, discriminator: refund.Id.ToString()), cancellationToken);
        if (order.PaymentStatus == PaymentStatus.Refunded && order.Items.All(i => i.FulfilledQuantity == 0))
            await inventory.RestockAsync(db, order.Id, actor, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return refund;
    }
}
