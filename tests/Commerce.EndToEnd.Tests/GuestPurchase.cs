using Commerce.Core.Catalog;
using Commerce.EndToEnd.Tests.Support;
using Commerce.Infrastructure.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Commerce.EndToEnd.Tests;

[Collection(BrowserStoreCollection.Name)]
public sealed class GuestPurchase(BrowserStore store)
{
    [Fact]
    public async Task GuestBuysWithACouponInThreeStepsAndTracksTheOrder()
    {
        var slug = await ProductWithSizesInStockAsync();
        var page = await store.NewPageAsync();

        await page.GotoAsync($"/p/{slug}");
        await page.Locator(".product-main[data-interactive=true]").WaitForAsync();
        var size = page.Locator("fieldset[data-option=Size] button.option-value.available").First;
        var sizeName = await size.GetAttributeAsync("data-value");
        await size.ClickAsync();
        await Assertions.Expect(page.Locator("fieldset[data-option=Size] legend strong")).ToHaveTextAsync(sizeName!);
        await Assertions.Expect(page.Locator("#add-to-cart")).ToBeEnabledAsync();
        await page.Locator("#add-to-cart").ClickAsync();

        await page.WaitForURLAsync("**/cart");
        await Assertions.Expect(page.Locator("#cart-lines li")).ToHaveCountAsync(1);
        await page.FillAsync("#coupon-code", "welcome10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(page.Locator(".coupon-applied")).ToContainTextAsync("WELCOME10");
        await Assertions.Expect(page.Locator("[data-total=discount]")).ToBeVisibleAsync();

        await page.Locator("#checkout").ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await page.FillAsync("#Email", "guest.buyer@example.com");
        await page.FillAsync("[id='Shipping.FullName']", "Gus Guest");
        await page.FillAsync("[id='Shipping.Line1']", "500 Howard St");
        await page.FillAsync("[id='Shipping.City']", "San Francisco");
        await page.FillAsync("[id='Shipping.Region']", "CA");
        await page.FillAsync("[id='Shipping.PostalCode']", "94105");
        await page.Locator("#continue-to-shipping").ClickAsync();

        await page.WaitForURLAsync("**/checkout/shipping");
        await page.Locator("input[name=MethodId]:not([disabled])").First.CheckAsync();
        await page.Locator("#continue-to-review").ClickAsync();

        await page.WaitForURLAsync("**/checkout/review");
        await page.FillAsync("#card-number", OfflinePaymentGateway.SuccessCard);
        await page.Locator("#place-order").ClickAsync();

        await page.WaitForURLAsync("**/checkout/confirmation/**");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("order is confirmed");
        var number = (await page.Locator("#order-number").InnerTextAsync()).Trim();
        Assert.Matches(@"^ORD-\d{8}-\d{4,}$", number);

        await page.GotoAsync("/orders/track");
        await page.FillAsync("#track-number", number);
        await page.FillAsync("#track-email", "GUEST.BUYER@example.com");
        await page.Locator("#track-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#order-status")).ToHaveTextAsync("Confirmed");
        await Assertions.Expect(page.Locator(".order-details")).ToContainTextAsync("WELCOME10");
    }

    [Fact]
    public async Task TrackingWithTheWrongEmailSaysTheSameAsAMissingOrder()
    {
        var number = await store.QueryAsync(db => db.Orders.Select(o => o.Number).FirstAsync());
        var page = await store.NewPageAsync();

        await page.GotoAsync("/orders/track");
        await page.FillAsync("#track-number", number);
        await page.FillAsync("#track-email", "someone.else@example.com");
        await page.Locator("#track-submit").ClickAsync();
        var wrongEmail = await page.Locator("#track-not-found").InnerTextAsync();

        await page.FillAsync("#track-number", "ORD-19990101-9999");
        await page.FillAsync("#track-email", "someone.else@example.com");
        await page.Locator("#track-submit").ClickAsync();

        Assert.Equal(wrongEmail, await page.Locator("#track-not-found").InnerTextAsync());
    }

    private Task<string> ProductWithSizesInStockAsync() => store.QueryAsync(async db =>
    {
        var candidates = await db.Products.Where(p => p.Status == ProductStatus.Active && p.BasePrice >= 20 && p.BasePrice < 60)
            .Select(p => new
            {
                p.Slug,
                Sizes = p.Variants.Count(v => v.IsActive && db.InventoryLevels.Where(l => l.VariantId == v.Id).Sum(l => l.OnHand - l.Reserved) > 5),
            })
            .Where(p => p.Sizes >= 3).OrderBy(p => p.Slug).ToListAsync();
        // Apparel: the one with a Size option among them (shoes and accessories may have colours only).
        foreach (var candidate in candidates)
            if ((await db.Variants.Where(v => v.Product.Slug == candidate.Slug).Select(v => EF.Property<Dictionary<string, string>>(v, "_options")).ToListAsync())
                .All(o => o.ContainsKey("Size")))
                return candidate.Slug;
        throw new InvalidOperationException("The demo store has no sized product in stock.");
    });
}
