using System.Net;
using System.Text;
using Commerce.Core.Inventory;
using Commerce.Core.Ordering;
using Commerce.Testing;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Payments;

/// <summary>Stripe's signed webhooks, posted to the running store, settle orders placed through its checkout.</summary>
[Collection(StripeStoreCollection.Name)]
public sealed class StripeWebhookSettlement(StripeStoreApp app)
{
    private sealed record Stock(int OnHand, int Reserved);

    [Fact]
    public async Task ASucceededPaymentConfirmsTheOrderAndCommitsItsStockOnce()
    {
        var (shopper, orderId, variant) = await PlacedOrderAsync("paid@example.com", skip: 4, quantity: 2);
        var before = await StockAsync(variant);
        var payload = await SucceededAsync(orderId);

        var first = await PostAsync(payload, Sign(payload));
        var afterFirst = await StockAsync(variant);
        var again = await PostAsync(payload, Sign(payload));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(new Stock(before.OnHand - 2, before.Reserved - 2), afterFirst);
        Assert.Equal(afterFirst, await StockAsync(variant));
        Assert.Equal((OrderStatus.Confirmed, PaymentStatus.Paid), await StatusAsync(orderId));
        Assert.Contains("Your order is confirmed.", await PageAsync(shopper, $"/checkout/confirmation/{orderId}"));
        // Paid: the pay page sends the shopper to the confirmation instead of offering to pay again.
        var payPage = await shopper.Session.Client.GetAsync($"/checkout/pay/{orderId}");
        Assert.Equal(HttpStatusCode.Redirect, payPage.StatusCode);
        Assert.EndsWith($"/checkout/confirmation/{orderId}", payPage.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ABadSignatureIsRefusedAndChangesNothing()
    {
        var (_, orderId, variant) = await PlacedOrderAsync("forged@example.com", skip: 5, quantity: 1);
        var before = await StockAsync(variant);
        var payload = await SucceededAsync(orderId);

        var forged = await PostAsync(payload, StripeWebhookPayloads.Sign(payload, "whsec_not_the_store", DateTimeOffset.UtcNow));
        var tampered = await PostAsync(payload.Replace("\"succeeded\"", "\"Succeeded\""), Sign(payload));
        var unsigned = await PostAsync(payload, signature: null);

        Assert.All([forged, tampered, unsigned], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal((OrderStatus.Pending, PaymentStatus.Pending), await StatusAsync(orderId));
        Assert.Equal(before, await StockAsync(variant));
        // Nothing was claimed either: the genuine delivery still applies afterwards.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(payload, Sign(payload))).StatusCode);
        Assert.Equal((OrderStatus.Confirmed, PaymentStatus.Paid), await StatusAsync(orderId));
    }

    [Fact]
    public async Task AFailedPaymentReleasesTheStockAndTheShopperIsToldWithTheCartIntact()
    {
        var (shopper, orderId, variant) = await PlacedOrderAsync("declined@example.com", skip: 6, quantity: 3);
        var before = await StockAsync(variant);
        var order = await app.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId));
        var payload = StripeWebhookPayloads.PaymentIntentFailed(app.IntentOf(orderId).Id, (long)(order.Total * 100), "usd",
            new Dictionary<string, string> { ["order_id"] = orderId.ToString(), ["order_number"] = order.Number });

        var response = await PostAsync(payload, Sign(payload));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((OrderStatus.Pending, PaymentStatus.Failed), await StatusAsync(orderId));
        Assert.Equal(new Stock(before.OnHand, before.Reserved - 3), await StockAsync(variant));
        Assert.All(await app.QueryAsync(db => db.InventoryReservations.Where(r => r.OrderId == orderId).Select(r => r.Status).ToListAsync()),
            status => Assert.Equal(ReservationStatus.Released, status));

        var payPage = await PageAsync(shopper, $"/checkout/pay/{orderId}");
        Assert.Contains("Your last payment didn't go through: Your card has insufficient funds.", payPage);
        Assert.Contains($"data-client-secret=\"{app.IntentOf(orderId).ClientSecret}\"", payPage);
        Assert.Contains("Your payment didn't go through.", await PageAsync(shopper, $"/checkout/confirmation/{orderId}"));
        Assert.Contains("name=\"quantity\" value=\"3\"", await PageAsync(shopper, "/cart"));
        Assert.Contains("id=\"place-order\"", await PageAsync(shopper, "/checkout/review"));
    }

    private async Task<(GuestCheckout Shopper, Guid OrderId, int VariantId)> PlacedOrderAsync(string email, int skip, int quantity)
    {
        var shopper = new GuestCheckout(app, email);
        var variant = await GuestCheckout.StockedVariantAsync(app, skip);
        var location = await shopper.PlaceAsync(await shopper.UpToReviewAsync(variant, quantity));
        return (shopper, PayPage.OrderId(location), variant.Id);
    }

    private async Task<string> SucceededAsync(Guid orderId)
    {
        var order = await app.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId));
        return StripeWebhookPayloads.PaymentIntentSucceeded(app.IntentOf(orderId).Id, (long)(order.Total * 100), "usd",
            new Dictionary<string, string> { ["order_id"] = orderId.ToString(), ["order_number"] = order.Number });
    }

    private static string Sign(string payload) => StripeWebhookPayloads.Sign(payload, StripeStoreApp.WebhookSecret, DateTimeOffset.UtcNow);

    private Task<HttpResponseMessage> PostAsync(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.Add("Stripe-Signature", signature);
        return app.CreateClient().SendAsync(request);
    }

    private static async Task<string> PageAsync(GuestCheckout shopper, string path) => WebUtility.HtmlDecode(await shopper.Session.GetPageAsync(path));

    private Task<(OrderStatus, PaymentStatus)> StatusAsync(Guid orderId) => app.QueryAsync(async db =>
    {
        var row = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => new { o.Status, o.PaymentStatus }).SingleAsync();
        return (row.Status, row.PaymentStatus);
    });

    private Task<Stock> StockAsync(int variantId) => app.QueryAsync(db => db.InventoryLevels.Where(l => l.VariantId == variantId)
        .GroupBy(l => l.VariantId).Select(g => new Stock(g.Sum(l => l.OnHand), g.Sum(l => l.Reserved))).SingleAsync());
}
