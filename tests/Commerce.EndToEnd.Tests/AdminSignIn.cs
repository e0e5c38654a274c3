using Commerce.EndToEnd.Tests.Support;
using Commerce.Infrastructure.Seeding;
using Microsoft.Playwright;

namespace Commerce.EndToEnd.Tests;

[Collection(BrowserStoreCollection.Name)]
public sealed class AdminSignIn(BrowserStore store)
{
    [Fact]
    public async Task DemoAdminOpensTheStoreLogsInAndReachesTheBackOffice()
    {
        var page = await store.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Good things");
        await Assertions.Expect(page.Locator(".product-card").First).ToBeVisibleAsync();

        await page.GotoAsync("/admin");
        await page.WaitForURLAsync(url => url.Contains("/Account/Login", StringComparison.OrdinalIgnoreCase));
        await page.FillAsync("input[name='Input.Email']", DemoAccounts.Admin.Email);
        await page.FillAsync("input[name='Input.Password']", DemoAccounts.Admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/admin", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByText("Dashboard").First).ToBeVisibleAsync();
    }
}
