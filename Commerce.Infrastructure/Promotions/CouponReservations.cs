using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Promotions;

/// <summary>Coupon usage counted atomically: a use is taken only while the limit allows, and given back once.</summary>
public sealed class CouponReservations
{
    /// <summary>Takes one use of the coupon for this order; false when the total limit is already reached.</summary>
    public async Task<bool> TryTakeUseAsync(CommerceDbContext db, int couponId, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE coupons SET times_used = times_used + 1
            WHERE id = {couponId} AND is_active AND (usage_limit IS NULL OR times_used < usage_limit)
            """, cancellationToken) == 1;

    /// <summary>
    /// Serialises checkouts of one shopper on one coupon (held to the end of the transaction), so a per-customer
    /// limit cannot be beaten by two tabs at once.
    /// </summary>
    public Task LockShopperAsync(CommerceDbContext db, int couponId, string email, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"SELECT pg_advisory_xact_lock(hashtext({"coupon:" + couponId + ":" + email}))", cancellationToken);

    /// <summary>Releases the order's redemption and gives its use back; a second call changes nothing.</summary>
    public Task<int> ReleaseAsync(CommerceDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            WITH released AS (
                UPDATE coupon_redemptions SET status = 'Released'
                WHERE order_id = {orderId} AND status <> 'Released'
                RETURNING coupon_id
            )
            UPDATE coupons c SET times_used = c.times_used - 1 FROM released r WHERE c.id = r.coupon_id
            """, cancellationToken);

    public Task<int> ConfirmAsync(CommerceDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE coupon_redemptions SET status = 'Confirmed' WHERE order_id = {orderId} AND status = 'Reserved'", cancellationToken);
}
