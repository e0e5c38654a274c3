using Bunit;
using Commerce.Core.Common;
using Commerce.Web.Storefront.Shared;

namespace Commerce.Web.Tests.Components.Shared;

public sealed class PriceTagSaving
{
    [Fact]
    public async Task HigherWasPriceIsStruckThroughWithTheSaving()
    {
        await using var bunit = new BunitContext();
        var tag = bunit.Render<PriceTag>(p => p.Add(x => x.Price, Usd(24m)).Add(x => x.WasPrice, Usd(32m)).Add(x => x.Id, "product-price"));

        Assert.Equal("$24.00", tag.Find("#product-price .price").TextContent);
        Assert.Contains("on-sale", tag.Find(".price").ClassList);
        Assert.Equal("$32.00", tag.Find("s.was-price").TextContent);
        Assert.Equal("Was $32.00", tag.Find("s.was-price").GetAttribute("aria-label"));
        Assert.Equal("Save 25%", tag.Find(".saving").TextContent);
    }

    [Theory]
    [InlineData(20.00, 30.00, "Save 33%")]   // 33.3 rounds down
    [InlineData(1.00, 3.00, "Save 67%")]     // 66.7 rounds up, not truncated
    [InlineData(19.50, 20.00, "Save 3%")]    // exactly 2.5: half away from zero, not to even
    [InlineData(7.96, 8.00, "Save 1%")]      // exactly 0.5
    public async Task SavingPercentRoundsHalfAwayFromZero(decimal price, decimal was, string saving)
    {
        await using var bunit = new BunitContext();
        var tag = bunit.Render<PriceTag>(p => p.Add(x => x.Price, Usd(price)).Add(x => x.WasPrice, Usd(was)));

        Assert.Equal(saving, tag.Find(".saving").TextContent);
    }

    [Theory]
    [InlineData(24.00)]
    [InlineData(20.00)]
    public async Task WasPriceNotAboveThePriceIsNotShown(decimal was)
    {
        await using var bunit = new BunitContext();
        var tag = bunit.Render<PriceTag>(p => p.Add(x => x.Price, Usd(24m)).Add(x => x.WasPrice, Usd(was)));

        Assert.Empty(tag.FindAll(".was-price"));
        Assert.Empty(tag.FindAll(".saving"));
        Assert.Equal("$24.00", tag.Find(".price").TextContent);
    }

    [Fact]
    public async Task PriceIsNotStyledAsOnSaleWhenTheWasPriceIsNotHigher()
    {
        await using var bunit = new BunitContext();
        var tag = bunit.Render<PriceTag>(p => p.Add(x => x.Price, Usd(24m)).Add(x => x.WasPrice, Usd(20m)));

        Assert.DoesNotContain("on-sale", tag.Find(".price").ClassList);
    }

    [Fact]
    public async Task WithoutAWasPriceOnlyThePriceIsShown()
    {
        await using var bunit = new BunitContext();
        var tag = bunit.Render<PriceTag>(p => p.Add(x => x.Price, Usd(9.5m)));

        Assert.Equal("$9.50", tag.Find(".price").TextContent);
        Assert.DoesNotContain("on-sale", tag.Find(".price").ClassList);
        Assert.Empty(tag.FindAll(".was-price"));
    }

    [Fact]
    public async Task FromPrefixesThePriceWhenVariantsDiffer()
    {
        await using var bunit = new BunitContext();
        var tag = bunit.Render<PriceTag>(p => p.Add(x => x.Price, Usd(18m)).Add(x => x.From, true));

        Assert.Equal("From $18.00", tag.Find(".price").TextContent);
    }

    private static Money Usd(decimal amount) => new(amount, "USD");
}
