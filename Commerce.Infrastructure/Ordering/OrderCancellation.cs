using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Ordering;

public sealed record CancellationResult(bool Ok, string Message, Money? Refunded = null);

/// <summary>
/// Cancels an order before it ships. Unpaid: its stock and coupon use go back. Paid: the units go back on the shelf
/// and what is left of the payment is refunded through <see cref="OrderRefunds"/>, the one refund path. A second
/// cancel of the same order changes nothing, so stock and money go back once.
/// </summary>
public sealed class OrderCancellation(
    IDbContextFactory<CommerceDbContext> contexts,
    InventoryReservations inventory,
    CouponReservations coupons,
    OrderRefunds refunds,
    TimeProvider clock,
    ILogger<OrderCancellation> logger)
{
    public async Task<CancellationResult> CancelByCustomerAsync(Guid orderId, int customerId, CancellationToken cancellationToken = default)
    {
        await using (var check = await contexts.CreateDbContextAsync(cancellationToken))
            if (!await check.Orders.AnyAsync(o => o.Id == orderId && o.CustomerId == customerId, cancellationToken))
                return new(false, "We couldn't find that order.");
        var result = await CancelAsync(orderId, "Cancelled by the customer.", $"customer:{customerId}", cancellationToken);
        return result;
    }

    public async Task<CancellationResult> CancelAsync(Guid orderId, string reason, string actor, CancellationToken cancellationToken = default)
    {
        Money toRefund;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
            if (order is null) return new(false, "We couldn't find that order.");
            if (order.Status == OrderStatus.Cancelled) return new(true, $"Order {order.Number} is already cancelled.");
            if (!order.Allows(OrderAction.Cancel))
                return new(false, order.HasShippedAnything
                    ? $"Order {order.Number} has already shipped, so it can no longer be cancelled. You can return it instead."
                    : $"Order {order.Number} is {order.Status} and can no longer be cancelled.");
            if (string.IsNullOrWhiteSpace(reason)) return new(false, "Say why the order is cancelled.");

            var wasPaid = order.IsPaid;
            order.Cancel(reason, clock.GetUtcNow());
            await inventory.ReleaseAsync(db, order.Id, cancellationToken);
            if (wasPaid) await inventory.RestockAsync(db, order.Id, actor, cancellationToken);
            else await coupons.ReleaseAsync(db, order.Id, cancellationToken);
            // The vendors' shares and commission are reversed in the ledger by the refund below, as for every refund.
            await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.OrderCancelled, order.Id, order.Email), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Order {Number} cancelled by {Actor}", order.Number, actor);
            toRefund = wasPaid ? order.Refundable : Money.Zero(order.Currency);
        }

        if (toRefund.Amount <= 0) return new(true, "The order has been cancelled.");
        var refund = await refunds.RefundAsync(orderId, toRefund, reason, actor, cancellationToken);
        return refund is RefundResult.Issued
            ? new(true, $"The order has been cancelled and {toRefund.Format()} refunded.", toRefund)
            : new(true, $"The order has been cancelled, but the refund of {toRefund.Format()} did not go through yet: " +
                $"{(refund is RefundResult.Failed f ? f.Message : ((RefundResult.Rejected)refund).Message)} It is listed among the orders waiting for a refund.");
    }
}
