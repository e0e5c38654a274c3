using System.Net;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Admin.Insights;

/// <summary>The dashboard, customers, reports and their CSV exports are for admins only.</summary>
[Collection(StoreAppCollection.Name)]
public sealed class InsightsAccess(StoreApp app)
{
    public static readonly TheoryData<string> Paths =
    [
        "/admin", "/admin/customers", "/admin/customers/1", "/admin/customers/export.csv", "/admin/reports", "/admin/reports/sales",
        "/admin/reports/tax?from=2026-01-01&to=2026-12-31", "/admin/reports/sales.csv", "/admin/coupons/1",
    ];

    [Theory, MemberData(nameof(Paths))]
    public async Task AnonymousVisitorsAreSentToLogIn(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Theory, MemberData(nameof(Paths))]
    public async Task CustomersAndVendorsAreRefused(string path)
    {
        foreach (var (email, password) in new[] { (DemoAccounts.Customer.Email, DemoAccounts.Customer.Password), (DemoAccounts.Vendor.Email, DemoAccounts.Vendor.Password) })
        {
            var session = new BrowserSession(app.CreateClient());
            await session.SignInAsync(email, password);

            var response = await session.Client.GetAsync(path);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{email} got {(int)response.StatusCode} for {path}");
        }
    }

    [Fact]
    public async Task AdminsDownloadTheCustomersAsCsv()
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

        var response = await session.Client.GetAsync("/admin/customers/export.csv?q=commerce.example");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,Name,Email,Registered,Locked,MarketingConsent,Orders,TotalSpent,Currency,CreatedAt", lines[0]);
        Assert.Contains(lines, l => l.Contains(DemoAccounts.Customer.Email, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.Contains("commerce.example", l));
    }
}
