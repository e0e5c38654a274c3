using Commerce.EndToEnd.Tests.Support;
using Microsoft.Playwright;

namespace Commerce.EndToEnd.Tests;

[Collection(BrowserStoreCollection.Name)]
public sealed class SearchAndPick(BrowserStore store)
{
    [Fact]
    public async Task ShopperSearchesWithATypoFiltersBySizeAndPicksAVariant()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#site-search[data-interactive=true]").WaitForAsync();

        await page.FillAsync("#site-search-q", "hodie");
        await page.PressAsync("#site-search-q", "Enter");
        await page.WaitForURLAsync(url => url.Contains("/search?q=hodie", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#product-grid .product-card").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#product-grid")).ToContainTextAsync("Hoodie");

        var sizeM = page.Locator("fieldset[data-facet=size] input[value=M]");
        if (!await sizeM.IsVisibleAsync()) await page.Locator(".filters-panel summary").ClickAsync(); // collapsed on narrow screens
        await sizeM.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("size=M", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".active-filters")).ToContainTextAsync("M");

        await page.Locator("#product-grid .product-card a").First.ClickAsync();
        await page.WaitForURLAsync("**/p/**");
        await page.Locator(".product-main[data-interactive=true]").WaitForAsync();
        var before = await SnapshotAsync(page);

        var changed = false;
        foreach (var option in await page.Locator("button.option-value:not([disabled])").AllAsync())
        {
            await option.ClickAsync();
            await page.WaitForTimeoutAsync(150);
            var now = await SnapshotAsync(page);
            if (now.Sku != before.Sku)
            {
                Assert.Contains("variant=", page.Url);
                changed |= now.Price != before.Price || now.Stock != before.Stock;
                if (changed) break;
            }
        }
        Assert.True(changed, "Picking another variant should change the price or the stock shown without reloading the page.");
    }

    [Fact]
    public async Task AutocompleteSuggestsProductsAndIsKeyboardNavigable()
    {
        var page = await store.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#site-search[data-interactive=true]").WaitForAsync();

        await page.Locator("#site-search-q").PressSequentiallyAsync("hoodi", new() { Delay = 50 });
        await Assertions.Expect(page.Locator("#search-suggestions [role=option]").First).ToBeVisibleAsync();
        await page.PressAsync("#site-search-q", "ArrowDown");
        await Assertions.Expect(page.Locator("#suggestion-0")).ToHaveAttributeAsync("aria-selected", "true");
        await page.PressAsync("#site-search-q", "Enter");

        await page.WaitForURLAsync(url => url.Contains("/p/", StringComparison.Ordinal) || url.Contains("/c/", StringComparison.Ordinal));
    }

    private static async Task<(string Price, string Stock, string Sku)> SnapshotAsync(IPage page) =>
        (await page.Locator("#product-price").InnerTextAsync(), await page.Locator("#stock-state").InnerTextAsync(),
            await page.Locator("#variant-sku").InnerTextAsync());
}
