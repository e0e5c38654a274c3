using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Tests.Seeding;

[Collection(SeededDemoStoreCollection.Name)]
public sealed class DemoStoreReseeding(SeededDemoStore store)
{
    [Fact]
    public async Task ChangesNothingWhenTheStoreAlreadyHasProducts()
    {
        var before = await RowCountsAsync();

        await store.Host.SeedDemoStoreAsync();

        Assert.Equal(before, await RowCountsAsync());
    }

    private Task<string> RowCountsAsync() => store.Host.QueryAsync(async db =>
    {
        var counts = new[]
        {
            await db.Users.CountAsync(), await db.Roles.CountAsync(), await db.UserRoles.CountAsync(),
            await db.Vendors.CountAsync(), await db.Categories.CountAsync(), await db.Products.CountAsync(),
            await db.Variants.CountAsync(), await db.ProductImages.CountAsync(), await db.Warehouses.CountAsync(),
            await db.InventoryLevels.CountAsync(), await db.InventoryMovements.CountAsync(), await db.Customers.CountAsync(),
            await db.CustomerAddresses.CountAsync(), await db.Coupons.CountAsync(), await db.ShippingMethods.CountAsync(),
            await db.TaxRates.CountAsync(), await db.Orders.CountAsync(), await db.Payments.CountAsync(),
            await db.LedgerEntries.CountAsync(), await db.VendorPayouts.CountAsync(), await db.Shipments.CountAsync(),
        };
        return string.Join(",", counts);
    });
}
