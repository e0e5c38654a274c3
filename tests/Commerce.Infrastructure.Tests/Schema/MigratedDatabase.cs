using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Schema;

/// <summary>An empty database with every migration applied, plus one vendor, category and warehouse to hang rows on.</summary>
public sealed class MigratedDatabase : TestDatabase
{
    public int VendorId { get; private set; }
    public int CategoryId { get; private set; }
    public int WarehouseId { get; private set; }

    protected override async Task SeedAsync(CommerceDbContext db)
    {
        var vendor = new Vendor("Schema Vendor", "schema-vendor", "schema@test.example", 0.1m);
        var category = new Category("Schema", "schema");
        var warehouse = new Warehouse("SCH", "Schema", "US");
        db.AddRange(vendor, category, warehouse);
        await db.SaveChangesAsync();
        (VendorId, CategoryId, WarehouseId) = (vendor.Id, category.Id, warehouse.Id);
    }

    public Product NewProduct(string slug, string sku) =>
        new(VendorId, CategoryId, $"Product {slug}", slug, sku, new Money(10m, "USD"));
}
