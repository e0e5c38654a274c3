using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Core.Ordering;
using Commerce.Core.Payments;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Ordering;

/// <summary>
/// Moves an order after its payment is decided: paid, failed, expired. Each step locks the order row first, so a
/// payment and an expiry racing each other end with exactly one outcome, and a repeated notice changes nothing.
/// </summary>
public sealed class OrderSettlement(
    IDbContextFactory<CommerceDbContext> contexts,
    InventoryReservations inventory,
    CouponReservations coupons,
    MarketplaceLedger ledger,
    TimeProvider clock,
    IOptions<CheckoutOptions> options,
    ILogger<OrderSettlement> logger)
{
    public Task<SettlementResult> MarkPaidAsync(Guid orderId, string paymentReference, CancellationToken cancellationToken = default) =>
        PaidAsync(orderId, paymentReference, byStaff: false, cancellationToken);

    /// <summary>Staff confirm a payment received outside the provider; the payment record keeps its own reference.</summary>
    public async Task<SettlementResult> ConfirmPaymentByStaffAsync(Guid orderId, string actor, CancellationToken cancellationToken = default)
    {
        string reference;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            reference = await db.Payments.Where(p => p.OrderId == orderId).OrderByDescending(p => p.Id)
                .Select(p => p.ProviderReference).FirstOrDefaultAsync(cancellationToken) ?? $"manual:{actor}";
        return await PaidAsync(orderId, reference, byStaff: true, cancellationToken);
    }

    private async Task<SettlementResult> PaidAsync(Guid orderId, string paymentReference, bool byStaff, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await LockAsync(db, orderId, cancellationToken);
        if (order is null) return SettlementResult.OrderNotFound;
        if (order.PaymentStatus is PaymentStatus.Paid or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded)
            return SettlementResult.AlreadyApplied;
        if (byStaff && !order.Allows(OrderAction.Confirm)) return SettlementResult.Ignored;
        if (order.Status != OrderStatus.Pending)
        {
            logger.LogWarning("Payment {Reference} arrived for order {Number} which is {Status}", paymentReference, order.Number, order.Status);
            return SettlementResult.PaidAfterCancellation;
        }

        if (order.PaymentStatus == PaymentStatus.Failed && !await ReserveAgainAsync(db, order, cancellationToken))
        {
            logger.LogWarning("Order {Number} was paid after a failed attempt but its stock is gone", order.Number);
            return SettlementResult.PaidAfterCancellation;
        }

        var now = clock.GetUtcNow();
        if (byStaff) order.ConfirmPayment(now);
        else order.MarkPaid(now);
        await inventory.CommitAsync(db, order.Id, $"order:{order.Number}", cancellationToken);
        await coupons.ConfirmAsync(db, order.Id, cancellationToken);
        await MarkPaymentRecordAsync(db, order.Id, paymentReference, succeeded: true, null, cancellationToken);
        await ledger.PostSaleAsync(db, order, now, cancellationToken);
        await db.Carts.Where(c => c.PendingOrderId == order.Id).ExecuteDeleteAsync(cancellationToken);
        if (order.CustomerId is { } customerId)
            await db.Customers.Where(c => c.Id == customerId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.OrderCount, c => c.OrderCount + 1)
                .SetProperty(c => c.TotalSpent, c => c.TotalSpent + order.Total), cancellationToken);
        await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.OrderConfirmation, order.Id, order.Email), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Order {Number} paid ({Reference})", order.Number, paymentReference);
        return SettlementResult.Applied;
    }

    public async Task<SettlementResult> MarkPaymentFailedAsync(Guid orderId, string paymentReference, string message, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await LockAsync(db, orderId, cancellationToken);
        if (order is null) return SettlementResult.OrderNotFound;
        if (order.PaymentStatus == PaymentStatus.Failed) return SettlementResult.AlreadyApplied;
        if (!order.MarkPaymentFailed()) return SettlementResult.Ignored;

        await inventory.ReleaseAsync(db, order.Id, cancellationToken);
        await coupons.ReleaseAsync(db, order.Id, cancellationToken);
        await MarkPaymentRecordAsync(db, order.Id, paymentReference, succeeded: false, message, cancellationToken);
        await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.PaymentFailed, order.Id, order.Email, discriminator: paymentReference), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Payment for order {Number} failed: {Message}", order.Number, message);
        return SettlementResult.Applied;
    }

    /// <summary>
    /// A retry that succeeds after a failed attempt (e.g. another card on the same Stripe payment): the failure gave
    /// the stock and coupon use back, so take them again. False when the stock is gone: the money must go back.
    /// </summary>
    private async Task<bool> ReserveAgainAsync(CommerceDbContext db, Order order, CancellationToken cancellationToken)
    {
        order.RetryPayment();
        await db.InventoryReservations.Where(r => r.OrderId == order.Id && r.Status == Core.Inventory.ReservationStatus.Released)
            .ExecuteDeleteAsync(cancellationToken);
        var tracked = await db.Variants.Where(v => order.Items.Select(i => i.VariantId).Contains(v.Id) && v.Product.TrackInventory && !v.Product.AllowBackorder)
            .Select(v => v.Id).ToListAsync(cancellationToken);
        foreach (var item in order.Items.Where(i => tracked.Contains(i.VariantId)).OrderBy(i => i.VariantId))
            if (!await inventory.TryReserveAsync(db, order.Id, item.VariantId, item.Quantity, cancellationToken))
                return false;
        var released = await db.CouponRedemptions.Where(r => r.OrderId == order.Id && r.Status == Core.Promotions.RedemptionStatus.Released)
            .Select(r => r.CouponId).ToListAsync(cancellationToken);
        foreach (var couponId in released)
            if (await coupons.TryTakeUseAsync(db, couponId, cancellationToken))
                await db.CouponRedemptions.Where(r => r.OrderId == order.Id && r.CouponId == couponId)
                    .ExecuteUpdateAsync(x => x.SetProperty(r => r.Status, Core.Promotions.RedemptionStatus.Reserved), cancellationToken);
        return true;
    }

    /// <summary>Cancels orders still unpaid after the timeout and gives back their stock and coupon uses.</summary>
    public async Task<int> ExpireUnpaidOrdersAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = clock.GetUtcNow() - options.Value.ReservationTimeout;
        List<Guid> candidates;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            candidates = await db.Orders.AsNoTracking()
                .Where(o => o.Status == OrderStatus.Pending && o.PlacedAt < cutoff)
                .OrderBy(o => o.PlacedAt).Select(o => o.Id).Take(500).ToListAsync(cancellationToken);

        var expired = 0;
        foreach (var id in candidates)
            if (await CancelUnpaidAsync(id, ExpiredReason, cutoff, cartId: null, cancellationToken)) expired++;
        return expired;
    }

    public const string ExpiredReason = "Payment was not completed in time.";
    public const string AbandonedReason = "Abandoned by the shopper to check out again.";

    /// <summary>
    /// The shopper gives up an order still waiting for its payment, to check out the cart afresh: cancelled like an
    /// expired one (stock and coupon back, cart kept and free). False when it is no longer this cart's unpaid order.
    /// </summary>
    public Task<bool> AbandonAsync(Guid orderId, Guid cartId, CancellationToken cancellationToken = default) =>
        CancelUnpaidAsync(orderId, AbandonedReason, DateTimeOffset.MaxValue, cartId, cancellationToken);

    private async Task<bool> CancelUnpaidAsync(Guid orderId, string reason, DateTimeOffset placedBefore, Guid? cartId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var order = await LockAsync(db, orderId, cancellationToken);
        if (order is null || order.Status != OrderStatus.Pending || order.PaymentStatus == PaymentStatus.Paid || order.PlacedAt >= placedBefore)
            return false;
        if (cartId is { } cart && !await db.Carts.AnyAsync(c => c.Id == cart && c.PendingOrderId == orderId, cancellationToken)) return false;
        // A declined order was already answered by its PaymentFailed email; one still waiting has told the shopper nothing yet.
        var waitedForPayment = order.PaymentStatus == PaymentStatus.Pending;
        order.Cancel(reason, clock.GetUtcNow());
        await inventory.ReleaseAsync(db, order.Id, cancellationToken);
        await coupons.ReleaseAsync(db, order.Id, cancellationToken);
        await db.Carts.Where(c => c.PendingOrderId == order.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.PendingOrderId, (Guid?)null), cancellationToken);
        // The shopper hears that the order is off and that nothing was charged (OrderEmails says so for an unpaid order).
        if (waitedForPayment) await db.QueueAsync(OutboxEmail.ForOrder(EmailTemplate.OrderCancelled, order.Id, order.Email), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Order {Number} cancelled unpaid ({Reason}); stock released", order.Number, reason);
        return true;
    }

    /// <summary>Row lock on the order: every settlement step for one order runs one at a time.</summary>
    internal static async Task<Order?> LockAsync(CommerceDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM orders WHERE id = {orderId} FOR UPDATE", cancellationToken);
        return await db.Orders.Include(o => o.Items).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
    }

    private static async Task MarkPaymentRecordAsync(CommerceDbContext db, Guid orderId, string reference, bool succeeded, string? message,
        CancellationToken cancellationToken)
    {
        var payment = await db.Payments.Where(p => p.OrderId == orderId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (payment is null) return;
        payment.Started(reference);
        if (succeeded) payment.Succeed(); else payment.Fail(message ?? "Payment failed.");
    }
}
