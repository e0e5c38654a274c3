using Commerce.Core.Common;

namespace Commerce.Core.Cart;

public class CartItem
{
    private CartItem() { }

    internal CartItem(int variantId, int quantity, Money unitPrice, DateTimeOffset addedAt)
    {
        VariantId = variantId;
        ChangeQuantity(quantity);
        Reprice(unitPrice);
        AddedAt = addedAt;
    }

    public int Id { get; private set; }
    public Guid CartId { get; private set; }
    public int VariantId { get; private set; }
    public int Quantity { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal UnitPrice { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    public Money Price => new(UnitPrice, Currency);
    public Money LineTotal => Price.Multiply(Quantity);

    internal void ChangeQuantity(int quantity)
    {
        if (quantity is <= 0 or > Cart.MaxQuantityPerLine)
            throw new DomainException($"Quantity must be between 1 and {Cart.MaxQuantityPerLine}.");
        Quantity = quantity;
    }

    internal void Reprice(Money unitPrice)
    {
        Currency = unitPrice.Currency;
        UnitPrice = Guard.NotNegative(unitPrice.Amount, "Unit price");
    }
}
