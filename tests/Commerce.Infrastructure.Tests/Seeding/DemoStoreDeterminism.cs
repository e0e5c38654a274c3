using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Seeding;

[Collection(SeededDemoStoreCollection.Name)]
public sealed class DemoStoreDeterminism(SeededDemoStore store)
{
    [Fact]
    public async Task TwoInstancesStartingTogetherSeedOneStoreIdenticalToAnyOtherSeedAtTheSameTime()
    {
        await using var other = await SeedingHost.CreateAsync("seed_again", new StoppedClock(SeededDemoStore.Now));

        await Task.WhenAll(other.SeedDemoStoreAsync(), other.SeedDemoStoreAsync());

        var expected = await FingerprintAsync(store.Host);
        Assert.True(expected.Length > 10_000);
        Assert.Equal(expected, await FingerprintAsync(other));
    }

    private static Task<string> FingerprintAsync(SeedingHost host) => host.QueryAsync(async db =>
    {
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Sku)
            .Select(p => $"{p.Sku}|{p.Name}|{p.Slug}|{p.BasePrice}|{p.CompareAtPrice}|{p.CostPrice}|{p.PublishedAt:O}|{p.Dimensions.WeightGrams}")
            .ToListAsync();
        var variants = await db.Variants.AsNoTracking().OrderBy(v => v.Sku)
            .Select(v => $"{v.Sku}|{v.Name}|{v.PriceOverride}|{v.IsActive}|{v.ImageUrl}")
            .ToListAsync();
        var stock = await db.InventoryLevels.AsNoTracking()
            .Join(db.Variants, l => l.VariantId, v => v.Id, (l, v) => new { v.Sku, l.OnHand, l.ReorderPoint })
            .OrderBy(x => x.Sku).Select(x => $"{x.Sku}|{x.OnHand}|{x.ReorderPoint}").ToListAsync();
        var orders = await db.Orders.AsNoTracking().OrderBy(o => o.Number)
            .Select(o => $"{o.Number}|{o.Email}|{o.Status}|{o.Total}|{o.PlacedAt:O}|{o.TrackingNumber}").ToListAsync();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync();
        return string.Join("\n", products.Concat(variants).Concat(stock).Concat(orders).Concat(users));
    });
}
