using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Components.Catalog;

/// <summary>Puts a <see cref="SampleTee"/> in the database with the same stock as its hand-built view, under fresh ids.</summary>
internal static class TeeInStore
{
    public static async Task<SampleTee> CreateAsync(ComponentDatabase database)
    {
        await using var db = database.NewContext();
        var unique = Guid.NewGuid().ToString("N")[..8];
        var vendor = new Commerce.Core.Marketplace.Vendor("Acme Apparel", $"acme-{unique}", $"acme-{unique}@example.test", 0.1m);
        vendor.Approve(DateTimeOffset.UtcNow);
        var category = new Category("T-Shirts", $"t-shirts-{unique}");
        var warehouse = new Warehouse($"W{unique}", "Main", "US");
        db.AddRange(vendor, category, warehouse);
        await db.SaveChangesAsync();

        var product = new Product(vendor.Id, category.Id, "Organic Tee", $"organic-tee-{unique}", $"TEE-{unique}", new Money(20m, "USD"));
        var stock = new[] { ("S", "Red", 12), ("S", "Blue", 3), ("M", "Red", 0), ("M", "Blue", 8), ("L", "Red", 20) };
        var variants = stock.Select(s => product.AddVariant($"TEE-{unique}-{s.Item1}-{s.Item2}",
            new Dictionary<string, string> { ["Size"] = s.Item1, ["Colour"] = s.Item2 })).ToList();
        product.Publish(DateTimeOffset.UtcNow);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        db.InventoryLevels.AddRange(variants.Zip(stock, (v, s) => new InventoryLevel(v.Id, warehouse.Id, s.Item3)));
        await db.SaveChangesAsync();

        return new SampleTee(product.Id, variants[0].Id, variants[1].Id, variants[2].Id, variants[3].Id, variants[4].Id);
    }

    /// <summary>Stock arriving in the warehouse, as the back office or another process would record it.</summary>
    public static async Task RestockAsync(ComponentDatabase database, int variantId, int onHand)
    {
        await using var db = database.NewContext();
        await db.InventoryLevels.Where(l => l.VariantId == variantId).ExecuteUpdateAsync(s => s.SetProperty(l => l.OnHand, onHand));
    }

    public static async Task<List<string>> BackInStockEmailsAsync(ComponentDatabase database, int variantId)
    {
        await using var db = database.NewContext();
        return await db.BackInStockRequests.Where(r => r.VariantId == variantId).Select(r => r.Email).ToListAsync();
    }
}
