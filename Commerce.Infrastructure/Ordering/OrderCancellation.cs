using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Ordering;

public sealed record CancellationResult(bool Ok, string Message);

/// <summary>
/// Cancels an order before it ships. Unpaid: its stock and coupon use go back. Paid: the units go back on the shelf
/// and the full amount is refunded through the provider.
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
        return await CancelAsync(orderId, "Cancelled by the customer.", $"customer:{customerId}", cancellationToken);
    }

    public async Task<CancellationResult> CancelAsync(Guid orderId, string reason, string actor, CancellationToken cancellationToken = default)
    {
        bool wasPaid;
        decimal total;
        string currency;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var order = await OrderSettlement.LockAsync(db, orderId, cancellationToken);
            if (order is null) return new(false, "We couldn't find that order.");
            if (order.Status == OrderStatus.Cancelled) return new(true, $"Order {order.Number} is already cancelled.");
            if (!order.CanBeCancelledByCustomer) return new(false, $"Order {order.Number} has already shipped, so it can no longer be cancelled. You can return it instead.");

            wasPaid = order.PaymentStatus == PaymentStatus.Paid;
            (total, currency) = (order.Total, order.Currency);
            order.Cancel(reason, clock.GetUtcNow());
            await inventory.ReleaseAsync(db, order.Id, cancellationToken);
            if (wasPaid) await inventory.RestockAsync(db, order.Id, actor, cancellationToken);
            else await coupons.ReleaseAsync(db, order.Id, cancellationToken);
            await db.VendorOrderSplits.Where(s => s.OrderId == order.Id && s.Status != Core.Marketplace.SplitStatus.PaidOut)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, Core.Marketplace.SplitStatus.Reversed), cancellationToken);
            await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.OrderCancelled, order.Id, order.Email), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Order {Number} cancelled by {Actor}", order.Number, actor);
        }

        if (!wasPaid) return new(true, "Your order has been cancelled.");
        var refund = await refunds.RefundAsync(orderId, new Core.Common.Money(total, currency), reason, actor, cancellationToken);
        return refund is RefundResult.Issued
            ? new(true, $"Your order has been cancelled and {new Core.Common.Money(total, currency).Format()} refunded.")
            : new(true, "Your order has been cancelled. Our team will complete your refund shortly.");
    }
}
