namespace Commerce.Core.Inventory;

/// <summary>
/// A variant's available stock: the sum over its warehouses of <see cref="InventoryLevel.AvailableOf"/>, so an
/// over-reserved warehouse counts as zero and never hides another warehouse's units. This is the one definition;
/// the database view <c>variant_stock</c> computes exactly this, and every read of a variant's stock goes through it.
/// </summary>
public sealed class VariantStock
{
    private VariantStock() { }

    public int VariantId { get; private set; }
    public int Available { get; private set; }

    /// <summary>The same sum for levels already in memory.</summary>
    public static int AvailableAcross(IEnumerable<InventoryLevel> levels) => levels.Sum(l => l.Available);
}
