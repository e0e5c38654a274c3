using Commerce.Core.Common;

namespace Commerce.Core.Promotions;

/// <summary>The outcome of trying a coupon on a cart: applied with its discount, or rejected with a message for the shopper.</summary>
public abstract record CouponCheck(string Code)
{
    public bool IsApplied => this is Applied;

    /// <summary>
    /// The coupon applies. <see cref="Discount"/> is taken off the eligible lines; a free-shipping coupon has
    /// a zero discount and <see cref="WaivesShipping"/> set instead.
    /// </summary>
    public sealed record Applied(string Code, Money Discount, bool WaivesShipping) : CouponCheck(Code);

    public sealed record Rejected(string Code, CouponRejectionReason Reason, string Message) : CouponCheck(Code);

    /// <summary>For a code that matches no coupon, so the page shows the same kind of message as any other rejection.</summary>
    public static Rejected UnknownCode(string enteredCode)
    {
        var code = enteredCode.Trim().ToUpperInvariant();
        return new Rejected(code, CouponRejectionReason.UnknownCode, $"We don't recognise the coupon code {code}.");
    }
}
