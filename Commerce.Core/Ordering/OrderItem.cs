using Commerce.Core.Common;

namespace Commerce.Core.Ordering;

/// <summary>A line of an order with snapshots of what was bought, so later catalog edits never rewrite history.</summary>
public class OrderItem
{
    private OrderItem() { }

    public OrderItem(int productId, int variantId, int vendorId, string productName, string variantName, string sku,
        string? imageUrl, int quantity, Money unitPrice)
    {
        ProductId = productId;
        VariantId = variantId;
        VendorId = vendorId;
        ProductName = productName;
        VariantName = variantName;
        Sku = sku;
        ImageUrl = imageUrl;
        Quantity = Guard.Positive(quantity, "Quantity");
        Currency = unitPrice.Currency;
        UnitPrice = Guard.NotNegative(unitPrice.Amount, "Unit price");
        LineTotal = unitPrice.Multiply(quantity).Round().Amount;
    }

    public int Id { get; private set; }
    public Guid OrderId { get; private set; }
    public int ProductId { get; private set; }
    public int VariantId { get; private set; }
    public int VendorId { get; private set; }
    public string ProductName { get; private set; } = "";
    public string VariantName { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public string? ImageUrl { get; private set; }
    public int Quantity { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal UnitPrice { get; private set; }
    public decimal DiscountTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    /// <summary>Quantity × unit price − discount + tax.</summary>
    public decimal LineTotal { get; private set; }
    public int FulfilledQuantity { get; private set; }
    /// <summary>Units given back with a refund (requested or done). Unshipped units refunded are never shipped.</summary>
    public int RefundedQuantity { get; private set; }

    public Money Subtotal => new Money(UnitPrice, Currency).Multiply(Quantity).Round();
    public Money Total => new(LineTotal, Currency);
    /// <summary>Units still to send: neither shipped nor refunded.</summary>
    public int QuantityToShip => Math.Max(0, Quantity - FulfilledQuantity - RefundedQuantity);
    public bool IsFulfilled => QuantityToShip == 0;

    public void ApplyPricing(Money discount, Money tax)
    {
        if (discount.IsNegative || tax.IsNegative) throw new DomainException("Discount and tax cannot be negative.");
        if (discount > Subtotal) throw new DomainException("A discount cannot exceed the line's subtotal.");
        LineTotal = (Subtotal - discount + tax).Amount;
        DiscountTotal = discount.Amount;
        TaxTotal = tax.Amount;
    }

    internal void Fulfil(int quantity)
    {
        if (quantity <= 0 || quantity > QuantityToShip)
            throw new DomainException($"Only {QuantityToShip} of {Sku} remain to ship.");
        FulfilledQuantity += quantity;
    }

    internal void Refund(int quantity)
    {
        if (quantity <= 0 || RefundedQuantity + quantity > Quantity)
            throw new DomainException($"Only {Quantity - RefundedQuantity} of {Sku} can still be refunded.");
        RefundedQuantity += quantity;
    }

    internal void UndoRefund(int quantity) => RefundedQuantity = Math.Max(0, RefundedQuantity - quantity);
}
