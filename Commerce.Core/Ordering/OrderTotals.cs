using Commerce.Core.Common;

namespace Commerce.Core.Ordering;

/// <summary>The money side of an order as the pricing engine computed it. Total = subtotal − discount + shipping + tax.</summary>
public sealed record OrderTotals(Money Subtotal, Money Discount, Money Shipping, Money Tax)
{
    public Money Total => Subtotal - Discount + Shipping + Tax;

    public static OrderTotals Zero(string currency) =>
        new(Money.Zero(currency), Money.Zero(currency), Money.Zero(currency), Money.Zero(currency));
}
