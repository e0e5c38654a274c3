using Commerce.Core.Catalog;
using Commerce.Core.Catalog.Search;
using Commerce.Core.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

/// <summary>The database triggers keep product_search current: every change made through EF shows in the next search.</summary>
public sealed class Index(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task FollowsPriceChange()
    {
        var product = await store.AddProductAsync("Index Price Polo", price: 30m);

        await store.ChangeAsync(async db =>
        {
            var variants = await db.Variants.Where(v => v.ProductId == product.Id).ToListAsync();
            foreach (var variant in variants) variant.SetPrice(24.50m, 35m);
        });

        var card = (await store.SearchAsync("index price polo")).Items.Single();
        Assert.Equal(24.50m, card.Price.Amount);
        Assert.Equal(35m, card.CompareAtPrice?.Amount);
    }

    [Fact]
    public async Task FollowsStockReachingZero()
    {
        var product = await store.AddProductAsync("Index Stock Scarf");

        // A checkout reserving the last units: on_hand = reserved everywhere.
        await store.ChangeAsync(async db =>
        {
            var levels = await db.InventoryLevels.Where(l => db.Variants.Any(v => v.Id == l.VariantId && v.ProductId == product.Id)).ToListAsync();
            foreach (var level in levels) Assert.True(level.TryReserve(level.Available));
        });

        var card = (await store.SearchAsync("index stock scarf")).Items.Single();
        Assert.False(card.InStock);
        Assert.Empty((await store.SearchAsync(new ProductQuery { Text = "index stock scarf", InStockOnly = true })).Items);
    }

    [Fact]
    public async Task FollowsStockComingBackInOneSize()
    {
        var product = await store.AddProductAsync("Index Restock Gilet");
        await store.ChangeAsync(async db => await db.Database.ExecuteSqlAsync(
            $"UPDATE inventory_levels l SET reserved = l.on_hand FROM product_variants v WHERE v.id = l.variant_id AND v.product_id = {product.Id}"));
        var large = product.Variants.Single(v => v.Option("Size") == "L");

        await store.ChangeAsync(async db =>
            (await db.InventoryLevels.SingleAsync(l => l.VariantId == large.Id)).Adjust(3, MovementReason.Restock, "test", DateTimeOffset.UtcNow));

        var query = new ProductQuery { Text = "index restock gilet", InStockOnly = true };
        Assert.Single((await store.SearchAsync(query with { Options = Sizes("L") })).Items);
        Assert.Empty((await store.SearchAsync(query with { Options = Sizes("M") })).Items);
    }

    [Fact]
    public async Task ReservingStockThatStaysAvailableLeavesTheRowUntouched()
    {
        var product = await store.AddProductAsync("Index Hot Path Cap");
        var before = await RowVersionAsync(product.Id);

        await store.ChangeAsync(async db =>
            Assert.True((await db.InventoryLevels.FirstAsync(l => l.VariantId == product.Variants.First().Id)).TryReserve(1)));

        Assert.Equal(before, await RowVersionAsync(product.Id));
    }

    [Fact]
    public async Task FollowsPublishAndArchive()
    {
        var product = await store.AddProductAsync("Index Lifecycle Parka");
        await store.ChangeAsync(async db => (await db.Products.SingleAsync(p => p.Id == product.Id)).Unpublish());
        Assert.Empty((await store.SearchAsync("lifecycle parka")).Items);

        await store.ChangeAsync(async db => (await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == product.Id)).Publish(DateTimeOffset.UtcNow));
        Assert.Single((await store.SearchAsync("lifecycle parka")).Items);

        await store.ChangeAsync(async db => (await db.Products.SingleAsync(p => p.Id == product.Id)).Archive());
        Assert.Empty((await store.SearchAsync("lifecycle parka")).Items);
    }

    [Fact]
    public async Task FollowsRenameAndDescription()
    {
        var product = await store.AddProductAsync("Index Rename Mauve");

        await store.ChangeAsync(async db =>
        {
            var stored = await db.Products.SingleAsync(p => p.Id == product.Id);
            stored.Rename("Index Rename Afterglow");
            stored.Describe(null, "Woven from recycled kelp.");
        });

        Assert.Empty((await store.SearchAsync("mauve")).Items);
        Assert.Single((await store.SearchAsync("afterglow")).Items);
        Assert.Single((await store.SearchAsync("kelp")).Items);
    }

    [Fact]
    public async Task FollowsVariantsBeingAddedAndDeactivated()
    {
        var product = await store.AddProductAsync("Index Variant Tunic");

        await store.ChangeAsync(async db =>
        {
            var stored = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == product.Id);
            stored.AddVariant($"{stored.Sku}-XXL", new Dictionary<string, string> { ["Size"] = "XXL", ["Colour"] = "Black" });
            stored.Variants.Single(v => v.Option("Size") == "S").Deactivate();
        });

        var sizes = (await store.SearchAsync("index variant tunic")).Facet("size").Values.Select(v => v.Value);
        Assert.Equal(["M", "L", "XXL"], sizes);
    }

    [Fact]
    public async Task FollowsPrimaryImage()
    {
        var product = await store.AddProductAsync("Index Image Mittens");

        await store.ChangeAsync(async db =>
        {
            var stored = await db.Products.Include(p => p.Images).SingleAsync(p => p.Id == product.Id);
            stored.AddImage("/images/mittens-front.jpg", "Mittens, front");
        });

        var card = (await store.SearchAsync("index image mittens")).Items.Single();
        Assert.Equal(("/images/mittens-front.jpg", "Mittens, front"), (card.ImageUrl, card.ImageAlt));
    }

    [Fact]
    public async Task FollowsVendorSuspensionAndRename()
    {
        var vendor = await store.AddVendorAsync("Index Vendor Looms");
        await store.AddProductAsync("Index Vendor Throw", vendorSlug: vendor.Slug);

        await store.ChangeAsync(async db => await db.Database.ExecuteSqlAsync($"UPDATE vendors SET name = 'Index Weavers' WHERE id = {vendor.Id}"));
        Assert.Equal("Index Weavers", (await store.SearchAsync("index vendor throw")).Items.Single().VendorName);
        Assert.Single((await store.SearchAsync("weavers")).Items);

        await store.ChangeAsync(async db => (await db.Vendors.SingleAsync(v => v.Id == vendor.Id)).Suspend());
        Assert.Empty((await store.SearchAsync("index vendor throw")).Items);
    }

    [Fact]
    public async Task FollowsCategoryDeactivationAndMove()
    {
        var parent = await store.AddCategoryAsync("Index Outdoor");
        var child = await store.AddCategoryAsync("Index Tents", parent.Slug);
        var product = await store.AddProductAsync("Index Dome Tent", categorySlug: child.Slug);

        await store.ChangeAsync(async db => (await db.Categories.SingleAsync(c => c.Id == parent.Id)).Deactivate());
        Assert.Empty((await store.SearchAsync("index dome tent")).Items);

        await store.ChangeAsync(async db => (await db.Categories.SingleAsync(c => c.Id == parent.Id)).Activate());
        var clothing = await store.CategoryIdAsync("clothing");
        await store.ChangeAsync(async db =>
        {
            var tents = await db.Categories.SingleAsync(c => c.Id == child.Id);
            tents.MoveUnder(await db.Categories.SingleAsync(c => c.Id == clothing));
        });

        Assert.Single((await store.SearchAsync(new ProductQuery { Text = "index dome tent", CategoryIds = [clothing] })).Items);
        Assert.Empty((await store.SearchAsync(new ProductQuery { Text = "index dome tent", CategoryIds = [parent.Id] })).Items);
        Assert.Equal(product.Id, (await store.SearchAsync("index tents")).Items.Single().Id);
    }

    [Fact]
    public async Task FollowsProductDeletion()
    {
        var product = await store.AddProductAsync("Index Deleted Apron");

        await store.ChangeAsync(async db => await db.Products.Where(p => p.Id == product.Id).ExecuteDeleteAsync());

        Assert.Empty((await store.SearchAsync("index deleted apron")).Items);
    }

    [Fact]
    public async Task ReindexAllRebuildsEveryRow()
    {
        await store.AddProductAsync("Index Rebuilt Poncho");
        await store.ChangeAsync(async db => await db.Database.ExecuteSqlRawAsync("DELETE FROM product_search"));
        Assert.Empty((await store.SearchAsync("index rebuilt poncho")).Items);

        var listed = await store.Indexer.ReindexAllAsync();

        Assert.Single((await store.SearchAsync("index rebuilt poncho")).Items);
        Assert.Equal(listed, (await store.SearchAsync(new ProductQuery())).TotalCount);
        Assert.True(listed > SearchCatalog.Listed.Length);
    }

    [Fact]
    public async Task BulkLoadsCanPauseTheTriggersAndRefreshOnce()
    {
        var product = await store.AddProductAsync("Index Paused Blanket", price: 40m);

        await using (var db = await store.Contexts.CreateDbContextAsync())
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL commerce.product_search_paused = on");
            await db.Database.ExecuteSqlAsync($"UPDATE products SET base_price = 41 WHERE id = {product.Id}");
            Assert.Equal(40m, await PriceAsync(db, product.Id));
            await db.Database.ExecuteSqlAsync($"SELECT refresh_product_search(ARRAY[{product.Id}])");
            Assert.Equal(41m, await PriceAsync(db, product.Id));
            await transaction.CommitAsync();
        }

        Assert.Equal(41m, (await store.SearchAsync("index paused blanket")).Items.Single().Price.Amount);
    }

    private static Dictionary<string, IReadOnlyList<string>> Sizes(params string[] sizes) =>
        new(StringComparer.OrdinalIgnoreCase) { ["Size"] = sizes };

    private Task<string> RowVersionAsync(int productId) =>
        store.QueryAsync(db => db.Database.SqlQuery<string>($"SELECT xmin::text AS \"Value\" FROM product_search WHERE product_id = {productId}").SingleAsync());

    private static Task<decimal> PriceAsync(Persistence.CommerceDbContext db, int productId) =>
        db.Database.SqlQuery<decimal>($"SELECT price_min AS \"Value\" FROM product_search WHERE product_id = {productId}").SingleAsync();
}
