using Bunit;
using Commerce.Core.Common;
using Commerce.Core.Pricing;
using Commerce.Web.Storefront.Shared;
using Commerce.Core.Promotions;
using Commerce.Core.Shipping;

namespace Commerce.Web.Tests.Components.Shared;

public sealed class OrderTotalsRows
{
    [Fact]
    public async Task ShowsEachFigureOfTheQuote()
    {
        await using var bunit = new BunitContext();
        var table = Render(bunit, Quote(discount: 0m, new ShippingQuote.Charged(Usd(5m)), taxEstimated: false));

        Assert.Equal("$40.00", Cell(table, "subtotal"));
        Assert.Equal("$5.00", Cell(table, "shipping"));
        Assert.Equal("$3.20", Cell(table, "tax"));
        Assert.Equal("$48.20", Cell(table, "total"));
    }

    [Fact]
    public async Task DiscountRowAppearsOnlyWhenThereIsADiscount()
    {
        await using var bunit = new BunitContext();

        var none = Render(bunit, Quote(discount: 0m, new ShippingQuote.Charged(Usd(5m)), taxEstimated: false));
        Assert.Empty(none.FindAll("tr.discount"));

        var some = Render(bunit, Quote(discount: 4m, new ShippingQuote.Charged(Usd(5m)), taxEstimated: false,
            coupon: new CouponCheck.Applied("SAVE10", Usd(4m), WaivesShipping: false)));
        Assert.Equal("Discount (SAVE10)", some.Find("tr.discount th").TextContent.Trim());
        Assert.Equal("−$4.00", Cell(some, "discount"));
        Assert.Equal("$43.88", Cell(some, "total")); // 40 − 4 + 5 + 8 % of 36
    }

    [Fact]
    public async Task TaxIsLabelledEstimatedUntilTheDestinationIsKnown()
    {
        await using var bunit = new BunitContext();

        var estimated = Render(bunit, Quote(discount: 0m, new ShippingQuote.Charged(Usd(5m)), taxEstimated: true));
        Assert.Equal("Tax (estimated)", TaxLabel(estimated));

        var known = Render(bunit, Quote(discount: 0m, new ShippingQuote.Charged(Usd(5m)), taxEstimated: false));
        Assert.Equal("Tax", TaxLabel(known));
    }

    [Fact]
    public async Task ShippingReadsFreeOrCalculatedAtCheckout()
    {
        await using var bunit = new BunitContext();

        var free = Render(bunit, Quote(0m, new ShippingQuote.Free(FreeShippingReason.AboveThreshold, Usd(5m)), taxEstimated: false));
        Assert.Equal("Free", Cell(free, "shipping"));
        Assert.Equal("$43.20", Cell(free, "total"));

        var unknown = Render(bunit, Quote(0m, new ShippingQuote.Unavailable(ShippingUnavailableReason.NoMethodChosen, "Choose a method"), true));
        Assert.Equal("Calculated at checkout", Cell(unknown, "shipping"));
    }

    /// <summary>Two lines, $40.00 in all, taxed 8 % after any discount.</summary>
    private static PriceQuote Quote(decimal discount, ShippingQuote shipping, bool taxEstimated, CouponCheck? coupon = null) => new("USD",
        [
            new PricedLine(1, 2, Usd(15m), Usd(30m), Usd(discount * 0.75m), Usd((30m - discount * 0.75m) * 0.08m)),
            new PricedLine(2, 1, Usd(10m), Usd(10m), Usd(discount * 0.25m), Usd((10m - discount * 0.25m) * 0.08m)),
        ],
        shipping, coupon, taxEstimated);

    private static IRenderedComponent<OrderTotalsTable> Render(BunitContext bunit, PriceQuote quote) =>
        bunit.Render<OrderTotalsTable>(p => p.Add(x => x.Price, quote));

    private static string Cell(IRenderedComponent<OrderTotalsTable> table, string total) =>
        table.Find($"td[data-total={total}]").TextContent.Trim();

    private static string TaxLabel(IRenderedComponent<OrderTotalsTable> table) =>
        table.Find("td[data-total=tax]").ParentElement!.QuerySelector("th")!.TextContent.Trim();

    private static Money Usd(decimal amount) => new(amount, "USD");
}
