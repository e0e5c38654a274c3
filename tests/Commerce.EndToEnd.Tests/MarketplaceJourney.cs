using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Core.Inventory;
using Commerce.EndToEnd.Tests.Support;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Commerce.EndToEnd.Tests;

/// <summary>A store whose sales are held for 30 seconds, so a journey sees them pending and then reaches the payout.</summary>
public sealed class ShortHoldStore : BrowserStore
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Marketplace:HoldPeriod"] = "00:00:30",
        ["Marketplace:MinimumPayout"] = "1",
    };
}

public sealed class MarketplaceJourney(ShortHoldStore store) : IClassFixture<ShortHoldStore>
{
    private const string SellerEmail = "mia@glazeworks.example";
    private const string SellerPassword = "Glaze#Works2026";

    [Fact]
    public async Task ANewSellerIsApprovedSellsShipsItsPartAndIsPaidAfterTheHold()
    {
        await CreateLoginAsync(SellerEmail, SellerPassword);

        // The new user applies to sell.
        var seller = await store.NewPageAsync();
        await SignInAsync(seller, "/vendor/apply", SellerEmail, SellerPassword);
        await seller.FillAsync("#ShopName", "Glazeworks Studio");
        await seller.FillAsync("#Description", "Stoneware mugs and bowls thrown and glazed by hand in Portland.");
        await seller.FillAsync("#ContactName", "Mia Glaze");
        await seller.FillAsync("#PayoutDetails", "Bank of Oregon 123456789");
        await seller.Locator("#submit-application").ClickAsync();
        await Assertions.Expect(seller.Locator("#application-status")).ToContainTextAsync("being reviewed");

        // The admin approves it.
        var admin = await store.NewPageAsync();
        await SignInAsync(admin, "/admin/vendors", DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);
        await Live(admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Glazeworks Studio" }).ClickAsync();
        await admin.WaitForURLAsync("**/admin/vendors/*");
        await Live(admin);
        await admin.Locator("[data-testid=approve-vendor]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=vendor-message]")).ToContainTextAsync("approved");
        await Assertions.Expect(admin.Locator("[data-testid=vendor-status]")).ToHaveTextAsync("Approved");

        // Its product with two sizes and stock (put in the database: the vendor product editor is not built yet).
        var product = await AddProductAsync("glazeworks-studio");
        await seller.GotoAsync("/vendor");
        await Assertions.Expect(seller.Locator("h1")).ToContainTextAsync("Glazeworks Studio");

        // A guest buys it together with another vendor's product.
        var guest = await store.NewPageAsync();
        await AddToCartAsync(guest, product);
        await AddToCartAsync(guest, await NorthwindProductAsync());
        await Assertions.Expect(guest.Locator("#cart-lines li")).ToHaveCountAsync(2);
        var number = await CheckOutAsync(guest);
        var paid = System.Diagnostics.Stopwatch.StartNew();

        // The new vendor sees only its line and ships it.
        await seller.GotoAsync("/vendor/orders");
        await Live(seller);
        await seller.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await seller.WaitForURLAsync($"**/vendor/orders/{number}");
        await Live(seller);
        await Assertions.Expect(seller.Locator("[data-testid=vendor-lines] tbody tr")).ToHaveCountAsync(1);
        await seller.GetByLabel("Tracking number").FillAsync("1ZGLAZE0001");
        await seller.Locator("[data-testid=create-shipment]").ClickAsync();
        await Assertions.Expect(seller.Locator("[data-testid=ship-message]")).ToContainTextAsync("Shipment created");

        // The customer sees that vendor's shipment; the other vendor's part is still to come.
        await guest.GotoAsync("/orders/track");
        await guest.FillAsync("#track-number", number);
        await guest.FillAsync("#track-email", "gwen.guest@example.com");
        await guest.Locator("#track-submit").ClickAsync();
        await Assertions.Expect(guest.Locator(".shipments")).ToContainTextAsync("Glazeworks Studio");
        await Assertions.Expect(guest.Locator(".shipments")).Not.ToContainTextAsync("Northwind");
        await Assertions.Expect(guest.Locator("#order-status")).ToHaveTextAsync("Being prepared");

        // The vendor sees the sale, the commission and the pending balance.
        await seller.GotoAsync("/vendor");
        await Assertions.Expect(seller.Locator("[data-stat=sales-today]")).ToHaveTextAsync("$32.00");
        await Assertions.Expect(seller.Locator("[data-stat=balance-pending]")).Not.ToHaveTextAsync("$0.00");
        await seller.GotoAsync("/vendor/statement");
        await Assertions.Expect(seller.Locator("[data-testid=statement]")).ToContainTextAsync("Sale · Order " + number);
        await Assertions.Expect(seller.Locator("[data-testid=statement]")).ToContainTextAsync("Commission · Order " + number);
        await Assertions.Expect(seller.Locator("[data-testid=statement] tr[data-type=Commission]")).ToContainTextAsync("-$3.20");

        // After the hold, the payout run pays it (by hand: no Stripe account) and the statement shows the payout.
        var left = TimeSpan.FromSeconds(32) - paid.Elapsed;
        if (left > TimeSpan.Zero) await Task.Delay(left);
        await admin.GotoAsync("/admin/payouts");
        await Live(admin);
        await admin.Locator("[data-testid=run-payouts]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=payouts-message]")).ToContainTextAsync("to pay by hand");
        await admin.GetByLabel("Reference of the payment you made, or reason for cancelling").FillAsync("BANK-GLAZE-1");
        var row = admin.Locator("[data-testid=payouts] tbody tr", new() { HasText = "Glazeworks Studio" });
        await row.Locator("[data-testid=mark-paid]").ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=payout-status]")).ToHaveTextAsync("Sent");

        await seller.GotoAsync("/vendor/statement");
        await Assertions.Expect(seller.Locator("[data-testid=statement] tr[data-type=Payout]")).ToHaveCountAsync(1);
        await Assertions.Expect(seller.Locator("[data-testid=closing]")).ToHaveTextAsync("$0.00");
        await seller.GotoAsync("/vendor/payouts");
        await Assertions.Expect(seller.Locator("[data-testid=vendor-payouts]")).ToContainTextAsync("BANK-GLAZE-1");
    }

    private static Task Live(IPage page) => page.Locator("[data-circuit-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    private static async Task SignInAsync(IPage page, string path, string email, string password)
    {
        await page.GotoAsync(path);
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(path, StringComparison.OrdinalIgnoreCase));
    }

    private async Task CreateLoginAsync(string email, string password)
    {
        await using var scope = store.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True((await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true }, password)).Succeeded);
    }

    /// <summary>A $32 mug in two sizes, 5 of each in stock, published in the vendor's name.</summary>
    private Task<string> AddProductAsync(string vendorSlug) => store.QueryAsync(async db =>
    {
        var vendor = await db.Vendors.SingleAsync(v => v.Slug == vendorSlug);
        var category = await db.Categories.OrderBy(c => c.Id).FirstAsync(c => c.IsActive && c.ParentId != null);
        var warehouse = await db.Warehouses.FirstAsync();
        var product = new Product(vendor.Id, category.Id, "Speckled Stoneware Mug", "speckled-stoneware-mug", "GW-MUG-001", new Money(32m, "USD"));
        product.AddImage("/assets/brand/logo.svg", "Speckled stoneware mug");
        foreach (var size in new[] { "Small", "Large" })
            product.AddVariant($"GW-MUG-001-{size.ToUpperInvariant()}", new Dictionary<string, string> { ["Size"] = size });
        product.Publish(DateTimeOffset.UtcNow);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        foreach (var variant in product.Variants) db.InventoryLevels.Add(new InventoryLevel(variant.Id, warehouse.Id, onHand: 5));
        await db.SaveChangesAsync();
        return product.Slug;
    });

    private Task<string> NorthwindProductAsync() => store.QueryAsync(db => db.Products
        .Where(p => p.Status == ProductStatus.Active && db.Vendors.Any(v => v.Id == p.VendorId && v.Slug == "northwind-outfitters")
            && p.Variants.Count(v => v.IsActive) > 1 && p.Variants.All(v => db.InventoryLevels.Any(l => l.VariantId == v.Id && l.OnHand - l.Reserved > 3)))
        .OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());

    private static async Task AddToCartAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/p/{slug}");
        await page.Locator(".product-main[data-interactive=true]").WaitForAsync();
        // One value of each option (the products chosen have every variant in stock).
        var options = page.Locator("fieldset[data-option]");
        for (var i = 0; i < await options.CountAsync(); i++)
            await options.Nth(i).Locator("button.option-value.available").First.ClickAsync();
        await Assertions.Expect(page.Locator("#add-to-cart")).ToBeEnabledAsync();
        await page.Locator("#add-to-cart").ClickAsync();
        await page.WaitForURLAsync("**/cart");
    }

    private static async Task<string> CheckOutAsync(IPage page)
    {
        await page.Locator("#checkout").ClickAsync();
        await page.WaitForURLAsync("**/checkout");
        await page.FillAsync("#Email", "gwen.guest@example.com");
        await page.FillAsync("[id='Shipping.FullName']", "Gwen Guest");
        await page.FillAsync("[id='Shipping.Line1']", "12 Alder St");
        await page.FillAsync("[id='Shipping.City']", "Portland");
        await page.FillAsync("[id='Shipping.Region']", "OR");
        await page.FillAsync("[id='Shipping.PostalCode']", "97205");
        await page.Locator("#continue-to-shipping").ClickAsync();
        await page.WaitForURLAsync("**/checkout/shipping");
        await page.Locator("input[name=MethodId]:not([disabled])").First.CheckAsync();
        await page.Locator("#continue-to-review").ClickAsync();
        await page.WaitForURLAsync("**/checkout/review");
        await page.FillAsync("#card-number", OfflinePaymentGateway.SuccessCard);
        await page.Locator("#place-order").ClickAsync();
        await page.WaitForURLAsync("**/checkout/confirmation/**");
        return (await page.Locator("#order-number").InnerTextAsync()).Trim();
    }
}
