using System.Diagnostics;
using Commerce.Core;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Commerce.Infrastructure.Seeding;

/// <summary>
/// Fills an empty store with a small, believable marketplace for demos and local development: three selling vendors
/// and one applicant, a category tree, ~70 products with stock, coupons, shipping, tax and a dozen past orders.
/// The same clock always gives the same store.
/// </summary>
public sealed class DemoStoreSeeder(
    IDbContextFactory<CommerceDbContext> contexts,
    IdentityBootstrapper identity,
    IOptions<MarketplaceOptions> marketplace,
    TimeProvider clock,
    ILogger<DemoStoreSeeder> logger)
{
    private const int RandomSeed = 2026;
    // Any constant works, as long as every app instance that might seed at the same moment uses the same one.
    private const long SeedLockKey = 0x5EED_2026;

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two instances starting together: the second waits here, then finds the first one's products and stops.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLockKey})", cancellationToken);
        if (await db.Products.AnyAsync(cancellationToken)) return;
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await SearchIndexPause.PauseAsync(connection, cancellationToken);

        var started = Stopwatch.GetTimestamp();
        // Logins are saved through Identity's own context, outside this transaction; creating them again is a no-op.
        var userIds = await EnsureAccountsAsync();
        var summary = await SeedAsync(db, userIds, cancellationToken);
        await SearchIndexPause.ReindexAsync(connection, productIds: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo store in {Elapsed:0} ms: {Summary}",
            Stopwatch.GetElapsedTime(started).TotalMilliseconds, summary);
    }

    private async Task<Dictionary<string, string>> EnsureAccountsAsync()
    {
        await identity.EnsureRolesAsync();
        var userIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in DemoAccounts.All)
            userIds[account.Email] = (await identity.EnsureUserAsync(account.Email, account.Password, account.Role, account.DisplayName)).Id;
        // The other sellers' owners share the demo vendor's password; only the DemoAccounts are printed at start.
        foreach (var vendor in DemoVendors.All.Where(v => v.Approved && !userIds.ContainsKey(v.OwnerEmail)))
            userIds[vendor.OwnerEmail] = (await identity.EnsureUserAsync(vendor.OwnerEmail, DemoAccounts.Vendor.Password, Roles.Vendor, vendor.OwnerName)).Id;
        return userIds;
    }

    private async Task<string> SeedAsync(CommerceDbContext db, Dictionary<string, string> userIds, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var random = new Random(RandomSeed);

        var warehouse = DemoStoreSettings.MainWarehouse();
        var coupons = DemoStoreSettings.Coupons(now).ToList();
        var shippingMethods = DemoStoreSettings.ShippingMethods().ToList();
        var taxRates = DemoStoreSettings.TaxRates().ToList();
        var vendors = DemoVendors.All.Select(v => v.ToVendor(userIds.GetValueOrDefault(v.OwnerEmail), now)).ToList();
        var categories = DemoCatalogBuilder.Categories(DemoCategories.Tree).ToList();
        var customers = DemoCustomers.All.ToDictionary(s => s.Key, s => s.ToCustomer(userIds.GetValueOrDefault(s.Email)));
        db.Warehouses.Add(warehouse);
        db.AddRange([.. coupons, .. shippingMethods, .. taxRates, .. vendors, .. categories, .. customers.Values]);
        await db.SaveChangesAsync(cancellationToken);

        var builder = new DemoCatalogBuilder(vendors.ToDictionary(v => v.Slug), categories.ToDictionary(c => c.Slug), random, now);
        var catalog = DemoProducts.All.Select(p => (Definition: p.Product, Product: builder.Build(p.VendorSlug, p.Product))).ToList();
        db.Products.AddRange(catalog.Select(c => c.Product));
        await db.SaveChangesAsync(cancellationToken);

        var stock = DemoInventory.OpeningStock(catalog, warehouse, random, now).ToList();
        db.InventoryLevels.AddRange(stock.Select(s => s.Level));
        db.InventoryMovements.AddRange(stock.Select(s => s.Movement));
        await db.SaveChangesAsync(cancellationToken);

        // The history only changes customers; tracking just them keeps each of its thirty-odd saves quick.
        db.ChangeTracker.Clear();
        db.Customers.AttachRange(customers.Values);
        var store = new DemoStore(
            catalog.ToDictionary(c => c.Definition.Sku, c => c.Product),
            categories.ToDictionary(c => c.Id),
            vendors.ToDictionary(v => v.Id),
            customers,
            shippingMethods.ToDictionary(m => m.Code),
            coupons.ToDictionary(c => c.Code),
            taxRates);
        var history = new DemoOrderHistory(db, store, marketplace.Value, random, now);
        var payday = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-9).AddHours(6);
        foreach (var order in DemoOrders.All.Where(o => o.DaysAgo > 9)) await history.PlaceAsync(order, cancellationToken);
        await history.PayOutAsync(payday, cancellationToken);
        foreach (var order in DemoOrders.All.Where(o => o.DaysAgo <= 9)) await history.PlaceAsync(order, cancellationToken);
        await SeedCartStartsAsync(db, now, cancellationToken);

        return $"{vendors.Count} vendors, {categories.Count} categories, {catalog.Count} products " +
            $"({catalog.Sum(c => c.Product.Variants.Count)} variants, {stock.Count(s => s.Level.OnHand == 0)} sold out), " +
            $"{customers.Count} customers, {DemoOrders.All.Count} orders";
    }

    /// <summary>
    /// The carts shoppers started over the history's days (their carts are long gone, as they would be), so the
    /// dashboard's carts-to-orders conversion has a past. Its own random sequence leaves the catalog's untouched.
    /// </summary>
    private static async Task SeedCartStartsAsync(CommerceDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var random = new Random(RandomSeed + 1);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var ordersByDay = DemoOrders.All.GroupBy(o => o.DaysAgo).ToDictionary(g => g.Key, g => g.Count());
        var maxDaysAgo = Math.Max(30, DemoOrders.All.Max(o => o.DaysAgo));
        for (var daysAgo = maxDaysAgo; daysAgo >= 1; daysAgo--)
            db.CartStartsDays.Add(new Core.Reporting.CartStartsDay(today.AddDays(-daysAgo), ordersByDay.GetValueOrDefault(daysAgo) * 3 + random.Next(1, 6)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
