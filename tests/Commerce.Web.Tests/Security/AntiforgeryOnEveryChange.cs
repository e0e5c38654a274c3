using Xunit.Abstractions;
using System.Net;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Security;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Security;

/// <summary>
/// A forged cross-site post rides on the victim's cookies. The victim here is the admin (who can reach everything)
/// with a cart holding a line and a coupon; every state-changing route of the app is posted to without a token,
/// with and without a foreign Origin. All are refused and the database is exactly as before.
/// </summary>
[Collection(StoreAppCollection.Name)]
public sealed class AntiforgeryOnEveryChange(StoreApp app, ITestOutputHelper output)
{
    // Refused by their own signature check instead (asserted below), not by antiforgery.
    private static readonly string[] Signed = ["/webhooks/stripe"];

    [Fact]
    public async Task EveryStateChangingEndpointRefusesAPostWithoutToken()
    {
        var victim = new BrowserSession(app.CreateClient());
        await victim.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);
        var variant = await GuestCheckout.StockedVariantAsync(app, 7);
        await victim.PostFormAsync($"/p/{variant.Slug}", "/cart/add",
            new Dictionary<string, string> { ["variantId"] = variant.Id.ToString(), ["quantity"] = "1", ["returnUrl"] = "/cart" });
        await victim.PostFormAsync("/cart", "/cart/coupon", new Dictionary<string, string> { ["code"] = "WELCOME10" });
        var before = await SnapshotAsync();
        Assert.Contains("WELCOME10", before);

        var targets = RoutableEndpoints.StateChanging(app.Services);
        Assert.Contains(targets, t => t.Url == "/cart/coupon/remove");
        Assert.Contains(targets, t => t.Url == "/Account/Logout");
        var fields = new Dictionary<string, string>
        {
            ["variantId"] = variant.Id.ToString(), ["quantity"] = "3", ["code"] = "WELCOME10", ["country"] = "US",
            ["postalCode"] = "94107", ["returnUrl"] = "/", ["_handler"] = "x",
        };
        foreach (var target in targets.Where(t => !Signed.Contains(t.Url)))
            // The circuit's SignalR routes hold no store state and cannot carry a form token: only their origin is checked.
            foreach (var origin in RequestForgery.IsCircuit(target.Endpoint) ? ["https://evil.example"] : new[] { "https://evil.example", null })
            {
                using var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Url) { Content = new FormUrlEncodedContent(fields) };
                if (origin is not null) request.Headers.Add("Origin", origin);
                var response = await victim.Client.SendAsync(request);
                output.WriteLine($"{target} origin={origin ?? "-"} -> {(int)response.StatusCode}");
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden,
                    $"{target} with origin {origin ?? "(none)"} answered {(int)response.StatusCode} to a post without an antiforgery token");
            }

        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(HttpStatusCode.OK, (await victim.Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task TheStripeWebhookIsTheOneExceptionAndWantsItsSignature()
    {
        var exempt = RoutableEndpoints.StateChanging(app.Services)
            .Where(t => t.Endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Antiforgery.IAntiforgeryMetadata>() is { RequiresValidation: false })
            .Select(t => t.Url).Distinct().ToList();
        Assert.Equal(Signed, exempt);

        var response = await app.CreateClient().PostAsync("/webhooks/stripe", new StringContent("{\"type\":\"payment_intent.succeeded\"}"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ATokenFromTheStoreButAForeignOriginIsRefused()
    {
        var session = new BrowserSession(app.CreateClient());
        var html = await session.GetPageAsync("/cart");
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/cart/coupon")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token), ["code"] = "WELCOME10" }),
        };
        request.Headers.Add("Origin", "http://evil.example");

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.SendAsync(request)).StatusCode);
    }

    // What a forged post could change: carts and their lines and coupon, orders, emails, accounts, addresses, alerts.
    private Task<string> SnapshotAsync() => app.QueryAsync(async db => string.Join("|",
        await db.Carts.CountAsync(), await db.CartItems.SumAsync(i => i.Quantity), string.Join(",", await db.Carts.Where(c => c.CouponCode != null).OrderBy(c => c.Id).Select(c => c.Id + c.CouponCode!).ToListAsync()),
        await db.Orders.CountAsync(), await db.OutboxEmails.CountAsync(), await db.Users.CountAsync(), await db.Users.SumAsync(u => u.AccessFailedCount),
        await db.CustomerAddresses.CountAsync(), await db.BackInStockRequests.CountAsync(), await db.Coupons.CountAsync(c => c.IsActive)));
}
