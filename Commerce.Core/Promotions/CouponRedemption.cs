using Commerce.Core.Common;

namespace Commerce.Core.Promotions;

public enum RedemptionStatus
{
    Reserved = 0,
    Confirmed = 1,
    Released = 2,
}

/// <summary>One use of a coupon by one order: reserved at checkout, confirmed when paid, released if payment fails.</summary>
public class CouponRedemption
{
    private CouponRedemption() { }

    public CouponRedemption(int couponId, Guid orderId, int? customerId, string email, Money discount, DateTimeOffset at)
    {
        CouponId = couponId;
        OrderId = orderId;
        CustomerId = customerId;
        Email = Customers.Customer.NormalizeEmail(email);
        Currency = discount.Currency;
        Amount = discount.Amount;
        RedeemedAt = at;
    }

    public int Id { get; private set; }
    public int CouponId { get; private set; }
    public Guid OrderId { get; private set; }
    public int? CustomerId { get; private set; }
    public string Email { get; private set; } = "";
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal Amount { get; private set; }
    public RedemptionStatus Status { get; private set; }
    public DateTimeOffset RedeemedAt { get; private set; }

    public void Confirm() => Status = Status == RedemptionStatus.Reserved ? RedemptionStatus.Confirmed : Status;

    /// <summary>Returns true only on the first release, so the caller decrements the coupon's count exactly once.</summary>
    public bool Release()
    {
        if (Status == RedemptionStatus.Released) return false;
        Status = RedemptionStatus.Released;
        return true;
    }
}
