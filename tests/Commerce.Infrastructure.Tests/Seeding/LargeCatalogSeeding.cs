using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Seeding;

public sealed class LargeCatalogSeeding(LargeCatalogSeeding.Store store) : IClassFixture<LargeCatalogSeeding.Store>
{
    public const int ProductCount = 2_000;

    public sealed class Store : IAsyncLifetime
    {
        internal SeedingHost Host { get; private set; } = null!;
        public int ActiveBefore { get; private set; }
        public int Returned { get; private set; }

        public async Task InitializeAsync()
        {
            Host = await SeedingHost.CreateAsync("seed_large");
            await Host.SeedDemoStoreAsync();
            ActiveBefore = await Host.QueryAsync(db => db.Products.CountAsync(p => p.Status == ProductStatus.Active));
            Returned = await Host.SeedLargeCatalogAsync(ProductCount);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    [Fact]
    public async Task AddsExactlyTheRequestedNumberOfActiveProducts()
    {
        var activeAfter = await store.Host.QueryAsync(db => db.Products.CountAsync(p => p.Status == ProductStatus.Active));

        Assert.Equal(ProductCount, store.Returned);
        Assert.Equal(store.ActiveBefore + ProductCount, activeAfter);
    }

    [Fact]
    public async Task GivesEveryNewProductThreeStockedVariantsAndAPrimaryImage()
    {
        var products = await store.Host.QueryAsync(db => db.Products.AsNoTracking().Where(p => p.Sku.StartsWith("LC-"))
            .Select(p => new
            {
                Variants = p.Variants.Count,
                Stocked = db.InventoryLevels.Count(l => p.Variants.Select(v => v.Id).Contains(l.VariantId)),
                Images = p.Images.Count,
                Primary = p.Images.Count(i => i.IsPrimary),
            }).ToListAsync());

        Assert.Equal(ProductCount, products.Count);
        Assert.All(products, p => Assert.Equal((3, 3, 1), (p.Variants, p.Stocked, p.Primary)));
        Assert.All(products, p => Assert.InRange(p.Images, 1, 2));
    }

    [Fact]
    public async Task LoadsVariantsTheDomainCanReadBack()
    {
        var product = await store.Host.QueryAsync(db => db.Products.AsNoTracking().Include(p => p.Variants)
            .Where(p => p.Sku.StartsWith("LC-")).OrderBy(p => p.Id).FirstAsync());

        Assert.All(product.Variants, v => Assert.Equal(v.Name, Assert.Single(v.Options).Value));
        Assert.True(product.Variants.All(v => v.IsPurchasable));
        Assert.InRange(product.Name.Split(' ').Length, 3, 5);
    }

    [Fact]
    public async Task KeepsSlugsAndSkusUniqueAndValid()
    {
        var slugs = await store.Host.QueryAsync(db => db.Products.Select(p => p.Slug).ToListAsync());
        var skus = await store.Host.QueryAsync(db => db.Variants.Select(v => v.Sku).ToListAsync());

        Assert.Equal(slugs.Count, slugs.Distinct().Count());
        Assert.Equal(skus.Count, skus.Distinct().Count());
        Assert.All(slugs, s => Assert.True(Slug.IsValid(s), s));
    }

    [Fact]
    public async Task SpreadsProductsOverLeafCategoriesAndApprovedVendorsAtRealisticPrices()
    {
        var products = await store.Host.QueryAsync(db => db.Products.AsNoTracking().Where(p => p.Sku.StartsWith("LC-"))
            .Select(p => new { p.CategoryId, p.VendorId, p.BasePrice }).ToListAsync());
        var approved = await store.Host.QueryAsync(db => db.Vendors.Where(v => v.Status == VendorStatus.Approved).Select(v => v.Id).ToListAsync());

        Assert.True(products.Select(p => p.CategoryId).Distinct().Count() >= 15);
        Assert.Equal(approved.Order(), products.Select(p => p.VendorId).Distinct().Order());
        Assert.All(products, p => Assert.InRange(p.BasePrice, 5m, 300m));
    }

    [Fact]
    public async Task ListsTheNewProductsInPostgresSearchWhenItIsInstalled()
    {
        var listed = await store.Host.QueryAsync(async db =>
            await db.Database.SqlQueryRaw<bool>("SELECT to_regclass('product_search') IS NOT NULL AS \"Value\"").SingleAsync()
                ? await db.Database.SqlQueryRaw<int>(
                    "SELECT count(*)::int AS \"Value\" FROM product_search s JOIN products p ON p.id = s.product_id WHERE p.sku LIKE 'LC-%'").SingleAsync()
                : ProductCount);

        Assert.Equal(ProductCount, listed);
    }

    [Fact]
    public async Task LeavesTheIdSequencesAheadSoNormalInsertsStillWork()
    {
        await using var db = store.Host.NewContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var template = await db.Products.AsNoTracking().FirstAsync(p => p.Sku.StartsWith("LC-"));
        var product = new Product(template.VendorId, template.CategoryId, "Sequence Check", "sequence-check", "SEQ-CHECK-1", template.Price);
        product.AddVariant("SEQ-CHECK-1-M", new Dictionary<string, string> { ["Size"] = "M" });
        db.Products.Add(product);

        await db.SaveChangesAsync();

        Assert.True(product.Id > await db.Products.Where(p => p.Id != product.Id).MaxAsync(p => p.Id));
        await transaction.RollbackAsync();
    }
}
