namespace Commerce.Core.Shipping;

public enum FreeShippingReason
{
    /// <summary>Nothing physical to ship (digital-only or empty cart); no method is needed.</summary>
    DigitalOnly,
    /// <summary>The subtotal after discount reached the method's free-shipping threshold.</summary>
    AboveThreshold,
    /// <summary>A free-shipping coupon waived the price.</summary>
    Coupon,
}
