using Commerce.Core.Catalog;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Infrastructure.Tests.Seeding;

[Collection(SeededDemoStoreCollection.Name)]
public sealed class DemoStoreCatalog(SeededDemoStore store)
{
    [Fact]
    public async Task HasThreeApprovedVendorsAndOnePendingApplicationWithoutProducts()
    {
        var vendors = await store.Host.QueryAsync(db => db.Vendors.AsNoTracking()
            .Select(v => new { v.Slug, v.Status, v.CommissionRate, v.OwnerUserId, Products = db.Products.Count(p => p.VendorId == v.Id) })
            .ToListAsync());

        Assert.Equal(3, vendors.Count(v => v.Status == VendorStatus.Approved));
        Assert.All(vendors.Where(v => v.Status == VendorStatus.Approved), v => Assert.True(v.Products > 0 && v.OwnerUserId is not null));
        var pending = Assert.Single(vendors, v => v.Status == VendorStatus.Pending);
        Assert.Equal(0, pending.Products);
        Assert.Equal(0.12m, vendors.Single(v => v.Slug == "northwind-outfitters").CommissionRate);
    }

    [Fact]
    public async Task HasACategoryTreeTwoLevelsDeepWithTileImages()
    {
        var categories = await store.Host.QueryAsync(db => db.Categories.AsNoTracking().ToListAsync());

        Assert.True(categories.Count >= 8);
        Assert.Contains(categories, c => c.ParentId is { } parent && categories.Single(p => p.Id == parent).ParentId is null);
        Assert.All(categories, c => Assert.Equal($"/assets/categories/{c.Slug}.svg", c.ImageUrl));
        Assert.Contains(categories, c => c.Slug == "hoodies-sweatshirts" && categories.Single(p => p.Id == c.ParentId).Slug == "clothing");
    }

    [Fact]
    public async Task PublishesSixtyOrMoreProductsInLeafCategoriesOverTheLastSixtyDays()
    {
        var products = await store.Host.QueryAsync(db => db.Products.AsNoTracking()
            .Select(p => new { p.Status, p.PublishedAt, p.CategoryId, p.IsFeatured, p.CompareAtPrice, p.BasePrice, p.Description, p.ShortDescription, p.SeoTitle })
            .ToListAsync());
        var parentIds = await store.Host.QueryAsync(db => db.Categories.Where(c => c.ParentId != null).Select(c => c.ParentId!.Value).ToListAsync());
        var active = products.Where(p => p.Status == ProductStatus.Active).ToList();

        Assert.InRange(active.Count, 60, 80);
        Assert.Equal(2, products.Count(p => p.Status == ProductStatus.Draft));
        Assert.Equal(1, products.Count(p => p.Status == ProductStatus.Archived));
        Assert.All(active, p => Assert.DoesNotContain(p.CategoryId, parentIds));
        Assert.True(active.Max(p => p.PublishedAt) - active.Min(p => p.PublishedAt) > TimeSpan.FromDays(30));
        Assert.All(active, p => Assert.InRange(p.PublishedAt!.Value, SeededDemoStore.Now.AddDays(-61), SeededDemoStore.Now));
        Assert.InRange(active.Count(p => p.IsFeatured), 4, 20);
        Assert.True(active.Count(p => p.CompareAtPrice > p.BasePrice) >= 5);
        Assert.Equal(products.Count, products.Select(p => p.Description).Distinct().Count());
        Assert.All(products, p => Assert.False(string.IsNullOrWhiteSpace(p.ShortDescription) || string.IsNullOrWhiteSpace(p.SeoTitle)));
    }

    [Fact]
    public async Task GivesMostProductsSeveralVariantsAndEveryProductTwoOrMoreImages()
    {
        var products = await store.Host.QueryAsync(db => db.Products.AsNoTracking()
            .Include(p => p.Variants).Include(p => p.Images).AsSplitQuery().ToListAsync());

        Assert.True(products.Count(p => p.Variants.Count >= 2) >= products.Count * 0.8);
        Assert.All(products, p => Assert.True(p.Images.Count >= 2 && p.Images.Count(i => i.IsPrimary) == 1, p.Name));
        var variants = products.SelectMany(p => p.Variants).ToList();
        Assert.All(variants, v => Assert.Subset(new HashSet<string> { "Size", "Colour" }, v.Options.Keys.ToHashSet()));
        Assert.All(variants.Where(v => v.Options.Count == 0), v => Assert.Equal("Default", v.Name));
        Assert.All(variants.Where(v => v.Option("Colour") is not null), v => Assert.EndsWith(
            $"-{v.Option("Colour")!.ToLowerInvariant()}.svg", v.ImageUrl));
        Assert.Contains(variants, v => v.PriceOverride is not null);
        Assert.InRange(variants.Count(v => !v.IsActive), 1, 2);
        Assert.Contains(products, p => p.OptionNames().SequenceEqual(["Size", "Colour"]));
    }

    [Fact]
    public async Task StocksEveryTrackedVariantSoSomeAreSoldOutAndSomeRunLow()
    {
        var levels = await store.Host.QueryAsync(db => db.InventoryLevels.AsNoTracking().ToListAsync());
        var movements = await store.Host.QueryAsync(db => db.InventoryMovements.AsNoTracking().ToListAsync());
        var tracked = await store.Host.QueryAsync(db => db.Variants.CountAsync(v => v.Product.TrackInventory));
        var digital = await store.Host.QueryAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.IsDigital));

        Assert.Equal(tracked, levels.Count);
        Assert.Contains(levels, l => l.OnHand == 0);
        Assert.Contains(levels, l => l.OnHand is >= 1 and <= 5);
        Assert.Contains(levels, l => l.OnHand >= 10);
        Assert.Equal(levels.Select(l => (l.VariantId, l.OnHand)).Order(), movements.Select(m => (m.VariantId, m.ResultingOnHand)).Order());
        Assert.False(digital.TrackInventory);
        Assert.True(await store.Host.QueryAsync(db => db.Products.CountAsync(p => p.AllowBackorder)) >= 1);
        Assert.Equal(DemoInventory.Actor, Assert.Single(movements.Select(m => m.Actor).Distinct()));
    }

    [Fact]
    public async Task ListsEveryActiveProductInPostgresSearchWhenItIsInstalled()
    {
        var active = await store.Host.QueryAsync(db => db.Products.CountAsync(p => p.Status == ProductStatus.Active));
        var listed = await store.Host.QueryAsync(async db =>
            await db.Database.SqlQueryRaw<bool>("SELECT to_regclass('product_search') IS NOT NULL AS \"Value\"").SingleAsync()
                ? await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM product_search").SingleAsync()
                : active);

        Assert.Equal(active, listed);
    }
}

[Collection(SeededDemoStoreCollection.Name)]
public sealed class DemoStoreSearch(SeededDemoStore store)
{
    [Theory]
    [InlineData("tshirt")]
    [InlineData("t-shirt")]
    [InlineData("tshrt")]
    public async Task AShopperLookingForTShirtsFindsTheTShirtsFirst(string text)
    {
        var search = new Commerce.Infrastructure.Search.Postgres.PostgresProductSearch(
            store.Host.Services.GetRequiredService<IDbContextFactory<Commerce.Infrastructure.Persistence.CommerceDbContext>>());

        var result = await search.SearchAsync(new Commerce.Core.Catalog.Search.ProductQuery { Text = text });

        Assert.True(result.Items.Count >= 5, $"only {result.Items.Count} found");
        Assert.All(result.Items.Take(5), item => Assert.EndsWith("T-Shirt", item.Name));
    }
}
