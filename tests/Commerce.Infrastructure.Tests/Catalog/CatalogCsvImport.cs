using Commerce.Core.Catalog;
using Commerce.Infrastructure.Catalog.Csv;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Commerce.Infrastructure.Tests.Catalog;

public sealed class CatalogCsvImport(CatalogDatabase store) : IClassFixture<CatalogDatabase>
{
    private const string Header = "ProductSku,Name,Slug,Category,Vendor,Status,Price,CompareAtPrice,CostPrice,Featured,TrackInventory,AllowBackorder,ShortDescription,VariantSku,Options,VariantPrice,Stock";

    private CatalogImporter Importer => new(store.Contexts, store.Clock, NullLogger<CatalogImporter>.Instance);

    private async Task<CatalogImport> ImportAsync(string csv)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        var import = new CatalogImport("test.csv", csv, "tester", store.Clock.GetUtcNow());
        db.CatalogImports.Add(import);
        await db.SaveChangesAsync();
        await Importer.RunAsync(import.Id);
        await using var after = await store.Contexts.CreateDbContextAsync();
        return await after.CatalogImports.AsNoTracking().SingleAsync(i => i.Id == import.Id);
    }

    [Fact]
    public async Task AGoodFileCreatesProductsVariantsAndStock()
    {
        var result = await ImportAsync($"""
            {Header}
            IMP-TEE,Import Tee,,tees,catalog-vendor,Active,25.00,,10.00,false,true,false,A tee,IMP-TEE-S,Size=S,,7
            IMP-TEE,Import Tee,,tees,catalog-vendor,Active,25.00,,10.00,false,true,false,A tee,IMP-TEE-M,Size=M,27.50,3
            """);

        Assert.Equal(CatalogImportStatus.Succeeded, result.Status);
        Assert.Equal((2, 0, 2), (result.Created, result.Updated, result.ProcessedRows));
        await using var db = await store.Contexts.CreateDbContextAsync();
        var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Sku == "IMP-TEE");
        Assert.Equal((ProductStatus.Active, 25.00m, 10.00m, "import-tee"), (product.Status, product.BasePrice, product.CostPrice, product.Slug));
        Assert.Equal(27.50m, product.Variants.Single(v => v.Sku == "IMP-TEE-M").PriceOverride);
        var variantIds = product.Variants.Select(v => v.Id).ToList();
        var stock = await db.InventoryLevels.Where(l => variantIds.Contains(l.VariantId)).SumAsync(l => l.OnHand);
        Assert.Equal(10, stock);
        Assert.Equal(2, await db.InventoryMovements.CountAsync(m => variantIds.Contains(m.VariantId) && m.Reason == Core.Inventory.MovementReason.Import));
    }

    [Fact]
    public async Task ASecondImportUpdatesBySku()
    {
        await ImportAsync($"""
            {Header}
            UPD-MUG,Mug,,tees,catalog-vendor,Draft,12.00,,,false,true,false,,UPD-MUG-1,,,5
            """);

        var result = await ImportAsync($"""
            {Header}
            UPD-MUG,Big Mug,,tees,catalog-vendor,Draft,14.00,,,false,true,false,,UPD-MUG-1,,,9
            """);

        Assert.Equal((CatalogImportStatus.Succeeded, 0, 1), (result.Status, result.Created, result.Updated));
        await using var db = await store.Contexts.CreateDbContextAsync();
        var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Sku == "UPD-MUG");
        Assert.Equal(("Big Mug", 14.00m), (product.Name, product.BasePrice));
        Assert.Equal(9, await db.InventoryLevels.Where(l => l.VariantId == product.Variants.Single().Id).SumAsync(l => l.OnHand));
    }

    [Fact]
    public async Task AFileWithOneBadRowAppliesNothingAndNamesTheLineAndColumn()
    {
        var result = await ImportAsync($"""
            {Header}
            BAD-A,Good Product,,tees,catalog-vendor,Draft,10.00,,,false,true,false,,BAD-A-1,,,1
            BAD-B,Bad Price,,tees,catalog-vendor,Draft,ten,,,false,true,false,,BAD-B-1,,,1
            BAD-C,Unknown Category,,no-such-category,catalog-vendor,Draft,10.00,,,false,true,false,,BAD-C-1,,,1
            """);

        Assert.Equal(CatalogImportStatus.Rejected, result.Status);
        Assert.Contains(result.Problems, p => p is { Line: 3, Column: "Price" });
        Assert.Contains(result.Problems, p => p is { Line: 4, Column: "Category" } && p.Reason.Contains("no-such-category"));
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.False(await db.Products.AnyAsync(p => p.Sku.StartsWith("BAD-")));
    }

    [Fact]
    public async Task AVariantSkuOfAnotherProductIsRefused()
    {
        await ImportAsync($"""
            {Header}
            OWN-A,Owner,,tees,catalog-vendor,Draft,10.00,,,false,true,false,,OWN-A-1,,,
            """);

        var result = await ImportAsync($"""
            {Header}
            OWN-B,Thief,,tees,catalog-vendor,Draft,10.00,,,false,true,false,,OWN-A-1,,,
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((2, "VariantSku"), (problem.Line, problem.Column));
        Assert.Contains("OWN-A", problem.Reason);
    }

    [Fact]
    public async Task AMissingRequiredColumnIsReportedOnTheHeader()
    {
        var result = await ImportAsync("""
            ProductSku,Name
            X,Y
            """);

        Assert.Equal(CatalogImportStatus.Rejected, result.Status);
        Assert.Contains(result.Problems, p => p is { Line: 1, Column: "VariantSku" });
    }
}
