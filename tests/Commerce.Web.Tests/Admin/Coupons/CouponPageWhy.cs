using Commerce.Infrastructure.Persistence;
using Bunit;
using Commerce.Core.Promotions;
using Commerce.Web.Admin.Coupons;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Commerce.Web.Tests.Admin.Coupons;

/// <summary>The coupon's page as the admin uses it: its redemptions, and the "why" panel answering for an order.</summary>
public sealed class CouponPageWhy(CouponStore store) : IClassFixture<CouponStore>, IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public Task InitializeAsync()
    {
        _bunit.Services.AddMudServices();
        _bunit.Services.AddCommerceDbContext(store.ConnectionString);
        CouponStore.AddServices(_bunit.Services);
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public async Task ShowsTheShoppersMessageAndTheLinesForAnOrder()
    {
        var category = await store.AddCategoryAsync("Mugs");
        var (productId, variantId) = await store.AddProductAsync("Stoneware Mug", 12m, category);
        var order = await store.AddOrderAsync("mugs@shoppers.test", CouponStore.Now, ("Stoneware Mug", productId, variantId, 2, 12m));
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("MUGS"), CouponType.FixedAmount, 5m, MinimumOrder: 50m));

        var page = _bunit.Render<CouponPage>(p => p.Add(x => x.Id, coupon.Id));
        page.WaitForElement("input[data-testid=why-input], [data-testid=why-input] input").Input(order.Number);
        page.Find("button[data-testid=why-check]").Click();

        page.WaitForAssertion(() => Assert.Equal("Add $26.00 more to use this coupon.", page.Find("[data-testid=why-result]").TextContent.Trim()));
        Assert.StartsWith($"Order {order.Number} by mugs@shoppers.test", page.Find("[data-testid=why-subject]").TextContent.Trim());
        var line = page.Find("[data-testid=why-line]").TextContent;
        Assert.Contains("Stoneware Mug", line);
        Assert.Contains("$24.00", line);
        Assert.Equal(coupon.Code, page.Find("[data-testid=coupon-code]").TextContent.Trim());
    }

    [Fact]
    public async Task ListsRedemptionsWithTheirCounts()
    {
        var category = await store.AddCategoryAsync("Plates");
        var (productId, variantId) = await store.AddProductAsync("Side Plate", 10m, category);
        var coupon = await store.AddCouponAsync(new CouponTerms(store.Unique("PLATES"), CouponType.Percentage, 10m, UsageLimit: 5), timesUsed: 1);
        var paid = await store.AddOrderAsync("paid@shoppers.test", CouponStore.Now, ("Side Plate", productId, variantId, 1, 10m));
        var failed = await store.AddOrderAsync("failed@shoppers.test", CouponStore.Now.AddHours(1), ("Side Plate", productId, variantId, 1, 10m));
        await store.RedeemAsync(coupon.Id, paid, 1m);
        await store.RedeemAsync(coupon.Id, failed, 1m, RedemptionStatus.Released);

        var page = _bunit.Render<CouponPage>(p => p.Add(x => x.Id, coupon.Id));

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=redemption]").Count));
        Assert.Equal("1 of 5 uses taken · 1 confirmed · 0 awaiting payment · 1 released",
            string.Join(" ", page.Find("[data-testid=redemption-counts]").TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        var rows = page.FindAll("[data-testid=redemption]").Select(r => r.TextContent).ToList();
        Assert.Contains(failed.Number, rows[0]);
        Assert.Contains("Released", rows[0]);
        Assert.Contains("paid@shoppers.test", rows[1]);
    }
}
