using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Seeding;

public sealed class DemoStoreDeterminism
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheSameClockGivesTheSameStoreEveryTime()
    {
        await using var first = await SeedingHost.CreateAsync("seed_same_a", new StoppedClock(Now));
        await using var second = await SeedingHost.CreateAsync("seed_same_b", new StoppedClock(Now));
        await Task.WhenAll(first.SeedDemoStoreAsync(), second.SeedDemoStoreAsync());

        var fingerprint = await FingerprintAsync(first);

        Assert.Equal(fingerprint, await FingerprintAsync(second));
        Assert.True(fingerprint.Length > 10_000);
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
        return string.Join("\n", products.Concat(variants).Concat(stock).Concat(orders));
    });
}
