using Commerce.Core.Catalog;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Cart;

[Collection(StoreAppCollection.Name)]
public sealed class GuestCartMergeOnLogin(StoreApp app)
{
    [Fact]
    public async Task GuestItemsJoinTheCustomersCartWhenTheyLogIn()
    {
        var products = await app.QueryAsync(db => db.Variants
            .Where(v => v.IsActive && v.Product.Status == ProductStatus.Active && v.Product.TrackInventory
                && db.InventoryLevels.Where(l => l.VariantId == v.Id).Sum(l => l.OnHand - l.Reserved) > 30)
            .OrderByDescending(v => v.Id).Select(v => new { v.Id, v.Product.Slug, v.Product.Name }).Take(2).ToListAsync());
        var customer = new BrowserSession(app.CreateClient());
        await customer.SignInAsync(DemoAccounts.Customer.Email, DemoAccounts.Customer.Password);
        await customer.PostFormAsync($"/p/{products[0].Slug}", "/cart/add", new Dictionary<string, string>
        {
            ["variantId"] = products[0].Id.ToString(), ["quantity"] = "1", ["returnUrl"] = "/",
        });

        var guest = new BrowserSession(app.CreateClient());
        foreach (var (product, quantity) in new[] { (products[0], "2"), (products[1], "1") })
            await guest.PostFormAsync($"/p/{product.Slug}", "/cart/add", new Dictionary<string, string>
            {
                ["variantId"] = product.Id.ToString(), ["quantity"] = quantity, ["returnUrl"] = "/",
            });
        await guest.SignInAsync(DemoAccounts.Customer.Email, DemoAccounts.Customer.Password);

        var cart = await guest.GetPageAsync("/cart");
        Assert.Contains($"data-variant=\"{products[0].Id}\"", cart);
        Assert.Contains($"data-variant=\"{products[1].Id}\"", cart);
        var customerId = await app.QueryAsync(db => db.Customers.Where(c => c.Email == DemoAccounts.Customer.Email).Select(c => c.Id).SingleAsync());
        var quantities = await app.QueryAsync(db => db.CartItems.Where(i => db.Carts.Any(c => c.Id == i.CartId && c.CustomerId == customerId))
            .ToDictionaryAsync(i => i.VariantId, i => i.Quantity));
        Assert.Equal(3, quantities[products[0].Id]);
        Assert.Equal(1, quantities[products[1].Id]);
        Assert.Equal(0, await app.QueryAsync(db => db.Carts.CountAsync(c => c.CustomerId == null && db.CartItems.Any(i => i.CartId == c.Id && i.VariantId == products[1].Id))));
    }
}
