using Commerce.Core.Catalog;
using Commerce.Core.Catalog.Search;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

/// <summary>
/// Category pages without text read product_category_listing, which triggers on product_search keep in step:
/// a category page must show what a search of the same category shows, in order, after every kind of change.
/// </summary>
public sealed class CategoryPages(SearchStore store) : IClassFixture<SearchStore>
{
    [Fact]
    public async Task EverySortPagesThroughTheWholeSubtreeOnceAndInOrder()
    {
        var (parent, child) = await TreeAsync("Pages");
        var prices = new[] { 12m, 90m, 45m, 45m, 7m, 60m, 33m };
        for (var i = 0; i < prices.Length; i++)
            await store.AddProductAsync($"Pages Item {i}", price: prices[i], categorySlug: i % 2 == 0 ? parent.Slug : child.Slug);
        var scope = new ProductQuery { CategoryIds = [parent.Id, child.Id], PageSize = 3 };

        foreach (var sort in new[] { ProductSort.PriceLowHigh, ProductSort.PriceHighLow, ProductSort.Newest, ProductSort.BestSelling })
        {
            var first = await store.SearchAsync(scope with { Sort = sort });
            var all = first.Items.ToList();
            for (var page = 2; page <= first.PageCount; page++) all.AddRange((await store.SearchAsync(scope with { Sort = sort, Page = page })).Items);

            Assert.Equal(prices.Length, first.TotalCount);
            Assert.Equal(prices.Length, all.Select(i => i.Id).Distinct().Count());
            if (sort == ProductSort.PriceLowHigh) Assert.Equal(prices.Order(), all.Select(i => i.Price.Amount));
            if (sort == ProductSort.PriceHighLow) Assert.Equal(prices.OrderDescending(), all.Select(i => i.Price.Amount));
        }
    }

    [Fact]
    public async Task FollowPriceStockMoveAndArchive()
    {
        var (parent, child) = await TreeAsync("Follow");
        var cheap = await store.AddProductAsync("Follow Cheap Mug", price: 10m, categorySlug: child.Slug);
        var dear = await store.AddProductAsync("Follow Dear Mug", price: 20m, categorySlug: child.Slug);
        var scope = new ProductQuery { CategoryIds = [parent.Id, child.Id], Sort = ProductSort.PriceLowHigh };
        Assert.Equal([cheap.Id, dear.Id], await IdsAsync(scope));

        await store.ChangeAsync(async db =>
        {
            foreach (var variant in await db.Variants.Where(v => v.ProductId == cheap.Id).ToListAsync()) variant.SetPrice(25m, null);
        });
        Assert.Equal([dear.Id, cheap.Id], await IdsAsync(scope));

        await store.ChangeAsync(async db => await db.Database.ExecuteSqlAsync(
            $"UPDATE inventory_levels l SET reserved = l.on_hand FROM product_variants v WHERE v.id = l.variant_id AND v.product_id = {dear.Id}"));
        Assert.Equal([cheap.Id], await IdsAsync(scope with { InStockOnly = true }));

        var elsewhere = await store.AddCategoryAsync("Follow Elsewhere");
        await store.ChangeAsync(async db =>
            (await db.Products.SingleAsync(p => p.Id == cheap.Id)).MoveToCategory(elsewhere.Id));
        Assert.Equal([dear.Id], await IdsAsync(scope));
        Assert.Equal([cheap.Id], await IdsAsync(new ProductQuery { CategoryIds = [elsewhere.Id] }));

        await store.ChangeAsync(async db => (await db.Products.SingleAsync(p => p.Id == dear.Id)).Archive());
        Assert.Empty(await IdsAsync(scope));
    }

    [Fact]
    public async Task RefinementsApplyOnTheCategoryListing()
    {
        var (parent, _) = await TreeAsync("Refined");
        var low = await store.AddProductAsync("Refined Low Cap", price: 15m, categorySlug: parent.Slug);
        await store.AddProductAsync("Refined High Cap", price: 80m, categorySlug: parent.Slug);

        var result = await store.SearchAsync(new ProductQuery { CategoryIds = [parent.Id], MaxPrice = 50m, Sort = ProductSort.PriceHighLow });

        Assert.Equal([low.Id], result.Items.Select(i => i.Id));
        Assert.Equal(1, result.TotalCount);
    }

    private async Task<(Category Parent, Category Child)> TreeAsync(string name)
    {
        var parent = await store.AddCategoryAsync($"{name} Parent");
        return (parent, await store.AddCategoryAsync($"{name} Child", parent.Slug));
    }

    private async Task<List<int>> IdsAsync(ProductQuery query) => (await store.SearchAsync(query)).Items.Select(i => i.Id).ToList();
}
