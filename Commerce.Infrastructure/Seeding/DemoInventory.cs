using Commerce.Core.Catalog;
using Commerce.Core.Inventory;

namespace Commerce.Infrastructure.Seeding;

/// <summary>Opening stock for every tracked variant, with the ledger line that explains it.</summary>
internal static class DemoInventory
{
    public const string Actor = "demo-seed";

    public static IEnumerable<(InventoryLevel Level, InventoryMovement Movement)> OpeningStock(
        IEnumerable<(DemoProduct Definition, Product Product)> catalog, Warehouse warehouse, Random random, DateTimeOffset now)
    {
        foreach (var (definition, product) in catalog)
        {
            if (!product.TrackInventory) continue;
            foreach (var variant in product.Variants)
            {
                // Backorder products start with their first variant out, so the storefront shows "Backorder" somewhere.
                var onHand = definition.SoldOut || (definition.Backorder && variant.SortOrder == 0) ? 0 : RandomOnHand(random);
                var reorderPoint = onHand > 40 ? 10 : 5;
                var level = new InventoryLevel(variant.Id, warehouse.Id, onHand, reorderPoint, reorderQuantity: reorderPoint * 5);
                var movement = new InventoryMovement(variant.Id, warehouse.Id, onHand, MovementReason.InitialStock, onHand,
                    Actor, now, "Opening stock count");
                yield return (level, movement);
            }
        }
    }

    // Roughly 1 in 12 sold out, 1 in 8 down to its last few ("Only 3 left"), the rest comfortably stocked.
    private static int RandomOnHand(Random random) => random.Next(100) switch
    {
        < 8 => 0,
        < 20 => random.Next(1, 6),
        _ => random.Next(10, 81),
    };
}
