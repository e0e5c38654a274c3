using Commerce.Core.Common;
using Commerce.Core.Ordering;
using Commerce.EndToEnd.Tests.Support;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Commerce.EndToEnd.Tests;

/// <summary>
/// A store admin takes a paid order of two lines, ships one with a tracking number and refunds the other; the
/// customer sees both on their order page, and so does anyone tracking it with its number and email.
/// </summary>
[Collection(BrowserStoreCollection.Name)]
public sealed class AdminShipsAndRefunds(BrowserStore store)
{
    [Fact]
    public async Task ShipOneLineRefundTheOtherAndTheCustomerSeesBoth()
    {
        var (number, email, shippedSku, refundedSku) = await PaidOrderOfTwoLinesAsync();
        var admin = await store.NewPageAsync();
        await SignInAsync(admin, DemoAccounts.Admin.Email, DemoAccounts.Admin.Password, "/admin/orders");

        await admin.GotoAsync($"/admin/orders?q={number}");
        await admin.Locator("[data-testid=order-link]", new() { HasText = number }).ClickAsync();
        await admin.WaitForSelectorAsync("[data-testid=circuit-ready]:not([hidden])", new() { State = WaitForSelectorState.Attached });

        await admin.ClickAsync("[data-testid=action-ship]");
        await Field(admin, "ship-units", $"[data-testid=ship-line][data-sku='{refundedSku}']").FillAsync("0");
        await Field(admin, "ship-carrier").FillAsync("UPS");
        await Field(admin, "ship-tracking").FillAsync("1ZE2E0000000000001");
        await admin.ClickAsync("[data-testid=ship-submit]");
        await Assertions.Expect(admin.Locator("[data-testid=action-message]")).ToContainTextAsync("Shipment 1ZE2E0000000000001 recorded");
        await Assertions.Expect(admin.Locator("[data-testid=shipment-tracking]")).ToHaveTextAsync("1ZE2E0000000000001");

        await admin.ClickAsync("[data-testid=action-refund]");
        await Field(admin, "refund-units", $"[data-testid=refund-line][data-sku='{refundedSku}']").FillAsync("1");
        await Field(admin, "refund-restock", $"[data-testid=refund-line][data-sku='{refundedSku}']").CheckAsync();
        await Field(admin, "refund-reason").FillAsync("Out of stock at the vendor");
        await admin.ClickAsync("[data-testid=refund-submit]");
        await Assertions.Expect(admin.Locator("[data-testid=action-message]")).ToContainTextAsync("refunded; the customer has been emailed");
        await Assertions.Expect(admin.Locator("[data-testid=order-status]")).ToHaveTextAsync("Shipped");
        await admin.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "admin-order-shipped-refunded.png"), FullPage = true });

        var customer = await store.NewPageAsync();
        await SignInAsync(customer, DemoAccounts.Customer.Email, DemoAccounts.Customer.Password, "/account");
        await customer.GotoAsync($"/account/orders/{number}");
        await ExpectShippedAndRefundedAsync(customer);

        var guest = await store.NewPageAsync();
        await guest.GotoAsync("/orders/track");
        await guest.FillAsync("#track-number", number);
        await guest.FillAsync("#track-email", email);
        await guest.Locator("form.track-form button[type=submit]").ClickAsync();
        await ExpectShippedAndRefundedAsync(guest);
        await guest.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "guest-tracking-shipped-refunded.png"), FullPage = true });
        Assert.NotEqual(shippedSku, refundedSku);
    }

    private static async Task ExpectShippedAndRefundedAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("[data-testid=shipment]")).ToContainTextAsync("1ZE2E0000000000001");
        await Assertions.Expect(page.Locator("[data-testid=refund]")).ToContainTextAsync("Out of stock at the vendor");
        await Assertions.Expect(page.Locator("#order-status")).ToHaveTextAsync("Shipped");
        await Assertions.Expect(page.Locator("[data-testid=line-state]", new() { HasText = "Refunded" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=line-state]", new() { HasText = "Shipped" })).ToHaveCountAsync(1);
    }

    /// <summary>MudBlazor puts the test id on the input or on its wrapper, depending on the component.</summary>
    private static ILocator Field(IPage page, string testId, string within = "") =>
        page.Locator($"{within} input[data-testid={testId}], {within} [data-testid={testId}] input".Trim()).First;

    private static async Task SignInAsync(IPage page, string email, string password, string returnTo)
    {
        await page.GotoAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnTo)}");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith(returnTo, StringComparison.Ordinal));
    }

    /// <summary>The demo customer's order of one unit each of two in-stock variants of one vendor, paid with the offline provider.</summary>
    private async Task<(string Number, string Email, string ShippedSku, string RefundedSku)> PaidOrderOfTwoLinesAsync()
    {
        var contexts = store.Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
        Guid orderId;
        string number, email;
        List<(int VariantId, string Sku)> picked;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Email == DemoAccounts.Customer.Email);
            var candidates = await db.Variants.AsNoTracking()
                .Where(v => v.IsActive && v.Product.Status == Core.Catalog.ProductStatus.Active && db.InventoryLevels.Any(l => l.VariantId == v.Id && l.OnHand - l.Reserved >= 5))
                .Select(v => new { v.Id, v.Sku, v.ProductId, v.Product.VendorId, ProductName = v.Product.Name, VariantName = v.Name, Price = v.PriceOverride ?? v.Product.BasePrice, v.Product.Currency })
                .OrderBy(v => v.Id).ToListAsync();
            var pair = candidates.GroupBy(v => v.VendorId).First(g => g.Select(v => v.ProductId).Distinct().Count() >= 2);
            var lines = pair.GroupBy(v => v.ProductId).Take(2).Select(g => g.First()).ToList();
            picked = lines.Select(l => (l.Id, l.Sku)).ToList();
            var items = lines.Select(l => new OrderItem(l.ProductId, l.Id, l.VendorId, l.ProductName, l.VariantName, l.Sku, null, 1, new Money(l.Price, l.Currency))).ToList();
            var subtotal = Money.Sum(items.Select(i => i.Subtotal), items[0].Currency);
            var home = new Address("Casey Customer", "12 Elm St", null, "Portland", "OR", "97201", "US", null);
            number = await store.Services.GetRequiredService<OrderNumberGenerator>().NextAsync(db);
            var order = new Order(number, customer.Email, customer.Id, home, home with { }, "Standard", items,
                new OrderTotals(subtotal, Money.Zero(subtotal.Currency), new Money(5m, subtotal.Currency), Money.Zero(subtotal.Currency)),
                Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
            var reference = $"off_{order.Id:N}";
            order.StartPayment(OfflinePaymentGateway.ProviderName, reference);
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Orders.Add(order);
            db.Payments.Add(new Core.Payments.Payment(order.Id, OfflinePaymentGateway.ProviderName, reference, order.TotalAmount));
            await db.SaveChangesAsync();
            foreach (var item in items)
                Assert.True(await store.Services.GetRequiredService<InventoryReservations>().TryReserveAsync(db, order.Id, item.VariantId, 1, CancellationToken.None));
            await transaction.CommitAsync();
            (orderId, email) = (order.Id, order.Email);
        }
        Assert.Equal(SettlementResult.Applied, await store.Services.GetRequiredService<OrderSettlement>().MarkPaidAsync(orderId, $"off_{orderId:N}"));
        return (number, email, picked[0].Sku, picked[1].Sku);
    }
}
