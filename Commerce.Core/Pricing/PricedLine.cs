using Commerce.Core.Common;

namespace Commerce.Core.Pricing;

/// <summary>A priced cart line. <see cref="Total"/> = subtotal − discount + tax, matching <c>OrderItem.ApplyPricing</c>.</summary>
public sealed record PricedLine(int VariantId, int Quantity, Money UnitPrice, Money Subtotal, Money Discount, Money Tax)
{
    public Money Total => Subtotal - Discount + Tax;
}
