using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

/// <summary>
/// A small catalog in its own PostgreSQL database (migrations applied): four sellable products and one of each
/// reason not to sell (draft, archived, suspended vendor, hidden category, no active variant).
/// </summary>
public sealed class SearchCatalog : TestDatabase
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public int ClothingId { get; private set; }
    public int TShirtsId { get; private set; }
    public int TShirt { get; private set; }
    public int Hoodie { get; private set; }
    public int Tee { get; private set; }
    public int Runner { get; private set; }
    public int Draft { get; private set; }
    public int Archived { get; private set; }
    public int FromSuspendedVendor { get; private set; }
    public int InHiddenCategory { get; private set; }
    public int WithoutActiveVariant { get; private set; }

    public IReadOnlyList<int> Sellable => [TShirt, Hoodie, Tee, Runner];
    public IReadOnlyList<int> NotSellable => [Draft, Archived, FromSuspendedVendor, InHiddenCategory, WithoutActiveVariant];

    protected override string DatabaseName => "es_catalog";

    protected override async Task SeedAsync(CommerceDbContext db)
    {
        var clothing = new Category("Clothing", "clothing");
        var tshirts = new Category("T-Shirts", "t-shirts", clothing);
        var hoodies = new Category("Hoodies", "hoodies", clothing);
        var archive = new Category("Archive", "archive");
        var oldStock = new Category("Old Stock", "old-stock", archive);
        archive.Deactivate();
        var acme = Approved(new Vendor("Acme Apparel", "acme-apparel", "acme@example.com", 0.1m));
        var northwind = Approved(new Vendor("Northwind Outfitters", "northwind", "northwind@example.com", 0.1m));
        var shady = Approved(new Vendor("Shady Goods", "shady-goods", "shady@example.com", 0.1m));
        shady.Suspend();
        var warehouse = new Warehouse("MAIN", "Main warehouse", "US", isDefault: true);
        db.AddRange(clothing, tshirts, hoodies, archive, oldStock, acme, northwind, shady, warehouse);
        await db.SaveChangesAsync();
        (ClothingId, TShirtsId) = (clothing.Id, tshirts.Id);

        var tshirt = Product(acme, tshirts, "Classic T-Shirt", "TSH-CLASSIC", 19.99m, compareAt: 29.99m);
        tshirt.Describe("Heavyweight cotton crew neck.", "A soft, heavyweight cotton T-shirt that keeps its shape.");
        tshirt.AddImage("/img/tshirt-back.jpg", "Back of the classic T-shirt");
        tshirt.MakePrimary(tshirt.AddImage("/img/tshirt-front.jpg", "Classic T-shirt in navy"));
        var tshirtS = tshirt.AddVariant("TSH-CLASSIC-S", Options("S", "Navy"));
        var tshirtM = tshirt.AddVariant("TSH-CLASSIC-M", Options("M", "Navy"));
        var tshirtXl = tshirt.AddVariant("TSH-CLASSIC-XL", Options("XL", "White"), priceOverride: 24m);
        tshirt.Feature();
        tshirt.Publish(Now.AddDays(-10));

        var hoodie = Product(northwind, hoodies, "Zip Hoodie", "HOOD-ZIP", 49m);
        var hoodieL = hoodie.AddVariant("HOOD-ZIP-L", Options("L", "Grey"));
        var hoodieXs = hoodie.AddVariant("HOOD-ZIP-XS", Options("XS", "Black"));
        hoodie.Publish(Now.AddDays(-3));

        var tee = Product(northwind, tshirts, "Organic Tee", "TEE-ORG", 15m);
        var teeM = tee.AddVariant("TEE-ORG-M", Options("M", "White"));
        tee.Publish(Now.AddDays(-1));

        var runner = Product(acme, clothing, "Trail Runner", "RUN-TRAIL", 89.5m);
        runner.AddVariant("RUN-TRAIL-42", Options("42", "Red"));
        runner.AddVariant("RUN-TRAIL-40", Options("40", "Red"));
        runner.SetInventoryPolicy(trackInventory: false, allowBackorder: false);
        runner.Publish(Now.AddDays(-20));

        var draft = WithDefaultVariant(Product(acme, tshirts, "Linen Shirt", "LIN-SHIRT", 39m));
        var archived = WithDefaultVariant(Product(acme, tshirts, "Archived Polo", "POLO-OLD", 25m));
        archived.Publish(Now.AddDays(-100));
        archived.Archive();
        var suspended = WithDefaultVariant(Product(shady, tshirts, "Shady Tee", "SHADY-TEE", 5m));
        suspended.Publish(Now);
        var hidden = WithDefaultVariant(Product(acme, oldStock, "Vintage Cap", "CAP-VINTAGE", 12m));
        hidden.Publish(Now);
        var ghost = WithDefaultVariant(Product(acme, clothing, "Ghost Scarf", "SCARF-GHOST", 18m));
        ghost.Publish(Now);
        ghost.Variants.Single().Deactivate();

        db.AddRange(tshirt, hoodie, tee, runner, draft, archived, suspended, hidden, ghost);
        await db.SaveChangesAsync();

        var reserved = new InventoryLevel(tshirtM.Id, warehouse.Id, onHand: 2);
        reserved.TryReserve(2);
        db.AddRange(
            new InventoryLevel(tshirtS.Id, warehouse.Id, onHand: 5), reserved, new InventoryLevel(tshirtXl.Id, warehouse.Id, onHand: 3),
            new InventoryLevel(hoodieL.Id, warehouse.Id, onHand: 0), new InventoryLevel(hoodieXs.Id, warehouse.Id, onHand: 1),
            new InventoryLevel(teeM.Id, warehouse.Id, onHand: 10));
        await db.SaveChangesAsync();

        (TShirt, Hoodie, Tee, Runner) = (tshirt.Id, hoodie.Id, tee.Id, runner.Id);
        (Draft, Archived, FromSuspendedVendor, InHiddenCategory, WithoutActiveVariant) = (draft.Id, archived.Id, suspended.Id, hidden.Id, ghost.Id);
        // Sales counts are written by a background job with a set-based update, never through the entity.
        foreach (var (id, sold) in new[] { (TShirt, 120), (Hoodie, 40), (Tee, 300), (Runner, 5) })
            await db.Products.Where(p => p.Id == id).ExecuteUpdateAsync(set => set.SetProperty(p => p.SalesCount, sold));
    }

    private static Vendor Approved(Vendor vendor)
    {
        vendor.Approve(Now);
        return vendor;
    }

    private static Product Product(Vendor vendor, Category category, string name, string sku, decimal price, decimal? compareAt = null)
    {
        var product = new Product(vendor.Id, category.Id, name, Slug.From(name), sku, new Money(price, "USD"));
        product.Reprice(new Money(price, "USD"), compareAt);
        return product;
    }

    private static Product WithDefaultVariant(Product product)
    {
        product.AddVariant(product.Sku + "-1", new Dictionary<string, string>());
        return product;
    }

    private static Dictionary<string, string> Options(string size, string colour) => new() { ["Size"] = size, ["Colour"] = colour };
}
