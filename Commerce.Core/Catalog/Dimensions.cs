using Commerce.Core.Common;

namespace Commerce.Core.Catalog;

/// <summary>Shipping weight and box size of one unit.</summary>
public sealed record Dimensions(int WeightGrams, decimal LengthCm, decimal WidthCm, decimal HeightCm)
{
    public static readonly Dimensions None = new(0, 0, 0, 0);

    public int WeightGrams { get; init; } = WeightGrams >= 0 ? WeightGrams : throw new DomainException("Weight cannot be negative.");
}
