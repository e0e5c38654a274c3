using Commerce.Core.Common;

namespace Commerce.Web.Tests.Admin.Insights;

public sealed class DashboardFigures(KnownSales store) : IClassFixture<KnownSales>
{
    private static Money Usd(decimal amount) => new(amount, "USD");

    [Fact]
    public async Task TodayCountsTodaysSalesAndTheRefundsMadeToday()
    {
        var today = (await store.Dashboard.GetSnapshotAsync()).Periods[0];

        Assert.Equal(("Today", 1, Usd(75.20m), Usd(15.00m), Usd(60.20m), Usd(75.20m), 0.25m),
            (today.Name, today.Figures.Orders, today.Figures.Gross, today.Figures.Refunds, today.Figures.Revenue, today.Figures.AverageOrderValue, today.Figures.Conversion));
    }

    [Fact]
    public async Task SevenDaysLeaveOutUnpaidOrdersPendingRefundsAndLatePaymentsSentBack()
    {
        var week = (await store.Dashboard.GetSnapshotAsync()).Periods[1];

        Assert.Equal(("7 days", 3, Usd(154.08m), Usd(15.00m), Usd(139.08m), Usd(51.36m), 0.3m),
            (week.Name, week.Figures.Orders, week.Figures.Gross, week.Figures.Refunds, week.Figures.Revenue, week.Figures.AverageOrderValue, week.Figures.Conversion));
    }

    [Fact]
    public async Task ThirtyDaysRoundTheAverageOrderValueHalfAwayFromZero()
    {
        var month = (await store.Dashboard.GetSnapshotAsync()).Periods[2];

        // 172.58 / 4 = 43.145
        Assert.Equal(("30 days", 4, Usd(172.58m), Usd(33.50m), Usd(139.08m), Usd(43.15m), 0.2m),
            (month.Name, month.Figures.Orders, month.Figures.Gross, month.Figures.Refunds, month.Figures.Revenue, month.Figures.AverageOrderValue, month.Figures.Conversion));
    }

    [Fact]
    public async Task TheChartHasEveryDayOfTheMonthWithItsNetRevenueAndPaidOrders()
    {
        var days = (await store.Dashboard.GetSnapshotAsync()).Days;

        Assert.Equal(30, days.Count);
        Assert.Equal((new DateOnly(2026, 10, 27), new DateOnly(2026, 11, 25)), (days[0].Day, days[^1].Day));
        var byDay = days.ToDictionary(d => d.Day);
        Assert.Equal((1, 60.20m), (byDay[new(2026, 11, 25)].Orders, byDay[new(2026, 11, 25)].Revenue));
        Assert.Equal((1, 40.00m), (byDay[new(2026, 11, 24)].Orders, byDay[new(2026, 11, 24)].Revenue));
        Assert.Equal((0, -18.50m), (byDay[new(2026, 11, 16)].Orders, byDay[new(2026, 11, 16)].Revenue));
        Assert.Equal(172.58m - 33.50m, days.Sum(d => d.Revenue));
    }

    [Fact]
    public async Task TopProductsAndVendorsShareOutRefundsByLineTotals()
    {
        var snapshot = await store.Dashboard.GetSnapshotAsync();

        Assert.Equal([("Ceramic Lamp", 3, 3, 122.08m, 10.00m, 112.08m), ("Stoneware Mug", 3, 2, 40.50m, 18.50m, 22.00m)],
            snapshot.TopProducts.Select(p => (p.Name, p.Units, p.Orders, p.Sales, p.Refunds, p.Revenue)));
        Assert.Equal([("Harbor & Home", 112.08m), ("Northwind Outfitters", 22.00m)], snapshot.TopVendors.Select(v => (v.Name, v.Revenue)));
    }

    [Fact]
    public async Task ACancelledPaidOrderWaitsForItsRefundAndPaidOrdersWaitToShip()
    {
        var snapshot = await store.Dashboard.GetSnapshotAsync();

        var waiting = Assert.Single(snapshot.RefundQueue.Oldest);
        Assert.Equal((1, store.G.Number, Usd(40.00m)), (snapshot.RefundQueue.Count, waiting.Number, waiting.StillToRefund));
        // A, B and F are paid and unshipped; C was refunded in full and G cancelled.
        Assert.Equal(3, snapshot.AwaitingFulfilment);
    }
}
