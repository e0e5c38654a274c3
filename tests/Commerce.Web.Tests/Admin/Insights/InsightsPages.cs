using Bunit;
using Commerce.Web.Admin.Dashboard;
using Commerce.Web.Admin.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Commerce.Web.Tests.Admin.Insights;

/// <summary>The dashboard and a report as an admin sees them, over the hand-worked sales of <see cref="KnownSales"/>.</summary>
public sealed class InsightsPages(KnownSales store) : IClassFixture<KnownSales>, IAsyncLifetime
{
    private readonly BunitContext _bunit = new();

    public Task InitializeAsync()
    {
        _bunit.Services.AddMudServices();
        _bunit.Services.AddSingleton(store.Dashboard);
        _bunit.Services.AddSingleton(store.Reports);
        _bunit.Services.AddSingleton<TimeProvider>(TimeProvider.System);
        _bunit.Services.AddSingleton<Commerce.Infrastructure.Payments.PaymentProviderCircuit>();
        _bunit.Services.AddSingleton<Commerce.Infrastructure.Payments.IPaymentGateway, Commerce.Infrastructure.Payments.OfflinePaymentGateway>();
        _bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        _bunit.AddAuthorization().SetAuthorized("admin@insights.test").SetRoles("Admin");
        _bunit.Render<MudPopoverProvider>();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _bunit.DisposeAsync();

    [Fact]
    public void TheDashboardShowsEachPeriodsFiguresWithTheListBehindThem()
    {
        var page = _bunit.Render<DashboardPage>();

        page.WaitForAssertion(() => Assert.Equal("$60.20", page.Find("[data-stat=revenue]").TextContent.Trim()));
        Assert.Equal("$75.20", page.Find("[data-stat=average-order]").TextContent.Trim());
        Assert.Equal("25.0%", page.Find("[data-stat=conversion]").TextContent.Trim());
        Assert.Equal("/admin/reports/sales?from=2026-11-25&to=2026-11-25&by=day",
            page.Find("[data-stat=revenue]").ParentElement!.QuerySelector("a")!.GetAttribute("href"));

        page.FindAll("[data-testid=period] .mud-toggle-item").Single(b => b.TextContent.Contains("7 days")).Click();

        page.WaitForAssertion(() => Assert.Equal("$139.08", page.Find("[data-stat=revenue]").TextContent.Trim()));
        Assert.Equal("3", page.Find("[data-stat=orders]").TextContent.Trim());
        Assert.Equal("/admin/reports/refunds?from=2026-11-19&to=2026-11-25",
            page.Find("[data-stat=refunds]").ParentElement!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(store.G.Number, page.Find("[data-testid=refund-queue-item] a").TextContent.Trim());
        Assert.Equal("3", page.Find("[data-stat=awaiting-fulfilment] .attention-count").TextContent.Trim());
    }

    [Fact]
    public void TheSalesReportTotalsTheRangeAsTheDashboardDoes()
    {
        _bunit.Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/reports/sales?from=2026-11-19&to=2026-11-25");
        var page = _bunit.Render<ReportPage>(p => p.Add(x => x.Kind, ReportKinds.Sales));

        page.WaitForElement("[data-testid=report-totals]");
        var totals = page.FindAll("[data-testid=report-totals] th").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Total", "3", "$154.08", "$4.00", "$5.00", "$8.08", "$15.00", "$139.08", "10", "30.0%"], totals);
        Assert.Equal(7, page.FindAll("[data-testid=report-row]").Count);
        Assert.Equal("/admin/reports/sales.csv?from=2026-11-19&to=2026-11-25&by=day", page.Find("a[data-testid=export]").GetAttribute("href"));
    }

    [Fact]
    public void AnImpossibleRangeIsExplainedAndNothingIsShown()
    {
        _bunit.Services.GetRequiredService<NavigationManager>().NavigateTo("/admin/reports/products?from=2026-11-25&to=2026-11-01");
        var page = _bunit.Render<ReportPage>(p => p.Add(x => x.Kind, ReportKinds.Products));

        page.WaitForAssertion(() => Assert.Equal("The end date must not be before the start date.", page.Find("[data-testid=range-error]").TextContent.Trim()));
        Assert.Empty(page.FindAll("[data-testid=report-row]"));
    }
}
