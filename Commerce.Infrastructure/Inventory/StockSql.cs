namespace Commerce.Infrastructure.Inventory;

/// <summary>The SQL twin of <see cref="Core.Inventory.InventoryLevel.AvailableOf"/>, for reads that run in the database.</summary>
public static class StockSql
{
    /// <summary>Available units of one inventory_levels row aliased <c>l</c>.</summary>
    public const string Available = "greatest(l.on_hand - l.reserved, 0)";

    /// <summary>
    /// The view that sums <see cref="Available"/> per variant (columns variant_id, available); raw SQL reads a
    /// variant's stock as <c>COALESCE((SELECT s.available FROM variant_stock s WHERE s.variant_id = …), 0)</c>,
    /// LINQ reads <c>db.VariantStock</c>.
    /// </summary>
    public const string VariantStockView = "variant_stock";
}
