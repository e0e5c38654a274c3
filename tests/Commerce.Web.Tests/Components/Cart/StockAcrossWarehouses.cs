using Commerce.Core.Inventory;
using Commerce.Web.Storefront.Cart;
using Commerce.Web.Storefront.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Commerce.Web.Tests.Components.Cart.CartStore;

namespace Commerce.Web.Tests.Components.Cart;

/// <summary>
/// One variant, two warehouses, one of them over-reserved (2 on hand, 5 held by unpaid orders) and 4 on the other's
/// shelf: the product page, the cart and the checkout quote all say 4 available (the one VariantStock rule).
/// </summary>
public sealed class StockAcrossWarehouses(CartStore store) : IClassFixture<CartStore>
{
    [Fact]
    public async Task ProductPageCartAndCheckoutAgreeOnTheAvailableUnits()
    {
        var variantId = await store.AddProductAsync("Two Warehouse Tee", 20m, stock: 2);
        int productId;
        await using (var db = store.Database.NewContext())
        {
            var east = new Warehouse("EAST-" + variantId, "East", "US");
            db.Warehouses.Add(east);
            await db.SaveChangesAsync();
            db.InventoryLevels.Add(new InventoryLevel(variantId, east.Id, onHand: 4));
            await db.SaveChangesAsync();
            // Over-reserved: stock was counted down after the orders took their units (the domain never reserves past on hand).
            await db.InventoryLevels.Where(l => l.VariantId == variantId && l.WarehouseId != east.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Reserved, 5));
            productId = await db.Variants.Where(v => v.Id == variantId).Select(v => v.ProductId).SingleAsync();
        }
        var cart = await store.AddCartAsync(c => c.AddItem(variantId, 1, Usd(20m), DateTimeOffset.UtcNow));
        await using var bunit = ShopperVisit.Create(store, cart.Token);
        var carts = bunit.Services.GetRequiredService<CartService>();

        var productPage = await new ProductDetailsService(bunit.Services.GetRequiredService<IDbContextFactory<Infrastructure.Persistence.CommerceDbContext>>())
            .StockAsync(productId);
        var added = await carts.AddAsync(variantId, 9);
        var quote = await carts.GetAsync();

        Assert.Equal(4, productPage[variantId].Available);
        Assert.True(added.Ok, added.Message);
        var line = Assert.Single(quote!.Lines);
        Assert.Equal(4, line.Quantity);
        Assert.Equal(4, line.Available);
        Assert.True(quote.CanCheckOut);
    }
}
