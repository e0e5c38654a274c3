using System.Net;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Payments;

/// <summary>A pay page hands out a client secret, so only the shopper who placed the order can open it.</summary>
[Collection(StripeStoreCollection.Name)]
public sealed class StripePayPageOwnership(StripeStoreApp app)
{
    [Fact]
    public async Task AnotherShopperGetsNotFoundAndNoClientSecret()
    {
        var buyer = new GuestCheckout(app, "owner@example.com");
        var location = await buyer.PlaceAsync(await buyer.UpToReviewAsync(await GuestCheckout.StockedVariantAsync(app, skip: 2), quantity: 1));
        var secret = app.IntentOf(PayPage.OrderId(location)).ClientSecret;
        // One stranger with a pending order of their own, one with no cart at all.
        var other = new GuestCheckout(app, "other@example.com");
        var othersOwn = await other.PlaceAsync(await other.UpToReviewAsync(await GuestCheckout.StockedVariantAsync(app, skip: 3), quantity: 1));

        foreach (var stranger in new[] { other.Session.Client, app.CreateClient() })
        {
            var response = await stranger.GetAsync(location);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(secret, body);
            Assert.DoesNotContain("payment-element", body);
        }
        Assert.Contains("payment-element", await other.Session.GetPageAsync(othersOwn));
        Assert.Contains(secret, await buyer.Session.GetPageAsync(location));
    }
}
