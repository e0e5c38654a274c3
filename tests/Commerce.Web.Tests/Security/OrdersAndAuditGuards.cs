using System.Net;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Security;

/// <summary>The orders pages, their CSV export and the audit log: admins only.</summary>
[Collection(StoreAppCollection.Name)]
public sealed class OrdersAndAuditGuards(StoreApp app)
{
    public static TheoryData<string> Paths() =>
    [
        "/admin/orders",
        "/admin/orders?queue=awaiting-refund",
        "/admin/orders/ORD-20260101-0001",
        "/admin/orders/export.csv",
        "/admin/audit",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task AnonymousVisitorIsSentToLogIn(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery.Replace(app.BaseUrl, ""), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task CustomerAndVendorAreForbidden(string path)
    {
        foreach (var account in new[] { DemoAccounts.Customer, DemoAccounts.Vendor })
        {
            var session = new BrowserSession(app.CreateClient());
            await session.SignInAsync(account.Email, account.Password);

            Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync(path)).StatusCode);
        }
    }

    [Fact]
    public async Task AdminGetsTheGridTheAuditLogAndTheCsv()
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

        Assert.Contains("Orders", await session.GetPageAsync("/admin/orders"));
        Assert.Contains("Audit log", await session.GetPageAsync("/admin/audit"));
        var csv = await session.Client.GetAsync("/admin/orders/export.csv?status=Delivered");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Number,Placed (UTC),Customer,Email,Status", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Contains(",Delivered,", line));
        Assert.True(lines.Length > 1, "the demo store has delivered orders");
    }
}
