namespace Commerce.Infrastructure.Inventory;

/// <summary>The SQL twin of <see cref="Core.Inventory.InventoryLevel.AvailableOf"/>, for reads that run in the database.</summary>
public static class StockSql
{
    /// <summary>Available units of one inventory_levels row aliased <c>l</c>.</summary>
    public const string Available = "greatest(l.on_hand - l.reserved, 0)";
}
