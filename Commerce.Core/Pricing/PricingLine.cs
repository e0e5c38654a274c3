using Commerce.Core.Common;

namespace Commerce.Core.Pricing;

/// <summary>
/// One cart line as the pricing engine sees it, with prices from the catalog.
/// <see cref="CategoryIds"/> holds the product's category and all its ancestors, so coupon scopes match sub-categories.
/// </summary>
public sealed record PricingLine(
    int VariantId,
    int ProductId,
    IReadOnlyCollection<int> CategoryIds,
    string Name,
    int Quantity,
    Money UnitPrice,
    int WeightGrams,
    bool IsDigital)
{
    public int Quantity { get; init => field = Guard.Positive(value, "Quantity"); } = Guard.Positive(Quantity, "Quantity");
    public Money UnitPrice { get; init => field = NotNegative(value); } = NotNegative(UnitPrice);
    public int WeightGrams { get; init => field = NotNegative(value); } = NotNegative(WeightGrams);

    /// <summary>Quantity × unit price, rounded to cents the same way an order line is.</summary>
    public Money Subtotal => UnitPrice.Multiply(Quantity).Round();

    public int ShippingWeightGrams => IsDigital ? 0 : WeightGrams * Quantity;

    private static Money NotNegative(Money price) => price.IsNegative ? throw new DomainException("A unit price cannot be negative.") : price;
    private static int NotNegative(int grams) => grams >= 0 ? grams : throw new DomainException("A weight cannot be negative.");
}
