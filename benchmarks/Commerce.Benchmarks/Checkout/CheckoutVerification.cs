using Commerce.Core.Inventory;
using Commerce.Core.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Benchmarks.Checkout;

/// <summary>
/// After the run, from the database alone: one paid order per cart, no extra orders, and for every variant
/// on hand down by exactly the units sold, nothing left reserved and no reservation still active.
/// </summary>
internal static class CheckoutVerification
{
    public static async Task<List<string>> CheckAsync(CheckoutStore store, IReadOnlyList<PlannedCheckout> carts)
    {
        var failures = new List<string>();
        var variantIds = store.VariantIds.ToList();
        await using var db = await store.Contexts.CreateDbContextAsync();

        var orders = await db.OrderItems.AsNoTracking().Where(i => variantIds.Contains(i.VariantId))
            .Select(i => i.OrderId).Distinct()
            .Join(db.Orders, id => id, o => o.Id, (id, o) => o.PaymentStatus)
            .GroupBy(s => s).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync();
        var paid = orders.Where(o => o.Status == PaymentStatus.Paid).Sum(o => o.Count);
        if (paid != carts.Count) failures.Add($"{paid} paid orders for {carts.Count} carts");
        if (orders.Where(o => o.Status != PaymentStatus.Paid).Sum(o => o.Count) is var unpaid and > 0)
            failures.Add($"{unpaid} orders not paid ({string.Join(", ", orders.Select(o => $"{o.Status}: {o.Count}"))})");

        var sold = carts.GroupBy(c => c.VariantId).ToDictionary(g => g.Key, g => g.Sum(c => c.Quantity));
        var levels = await db.InventoryLevels.AsNoTracking().Where(l => variantIds.Contains(l.VariantId))
            .GroupBy(l => l.VariantId).Select(g => new { VariantId = g.Key, OnHand = g.Sum(l => l.OnHand), Reserved = g.Sum(l => l.Reserved) })
            .ToListAsync();
        if (levels.Count != variantIds.Count) failures.Add($"stock rows for {levels.Count} of {variantIds.Count} variants");
        foreach (var level in levels)
        {
            var expected = store.InitialStock - sold.GetValueOrDefault(level.VariantId);
            if (level.OnHand != expected) failures.Add($"variant {level.VariantId}: on hand {level.OnHand}, expected {expected}");
            if (level.Reserved != 0) failures.Add($"variant {level.VariantId}: {level.Reserved} units still reserved");
        }

        var active = await db.InventoryReservations.CountAsync(r => variantIds.Contains(r.VariantId) && r.Status == ReservationStatus.Active);
        if (active > 0) failures.Add($"{active} reservations still active");
        var committed = await db.InventoryReservations.Where(r => variantIds.Contains(r.VariantId) && r.Status == ReservationStatus.Committed)
            .SumAsync(r => (long)r.Quantity);
        if (committed != sold.Values.Sum()) failures.Add($"{committed} units committed by reservations, {sold.Values.Sum()} sold");
        return failures;
    }
}
