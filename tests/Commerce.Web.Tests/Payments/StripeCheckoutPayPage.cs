using System.Globalization;
using System.Net;
using Commerce.Core.Common;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Payments;

/// <summary>With Stripe configured, "place order" leads to the pay page holding this order's PaymentIntent.</summary>
[Collection(StripeStoreCollection.Name)]
public sealed class StripeCheckoutPayPage(StripeStoreApp app)
{
    [Fact]
    public async Task PlacingAnOrderLeadsToThePayPageWithThisOrdersClientSecretAndTheServerTotal()
    {
        var shopper = new GuestCheckout(app, "pay-page@example.com");
        var form = await shopper.UpToReviewAsync(await GuestCheckout.StockedVariantAsync(app, skip: 0), quantity: 2);

        var location = await shopper.PlaceAsync(form);

        var orderId = PayPage.OrderId(location);
        var order = await app.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == orderId));
        Assert.Equal("USD", order.Currency);
        Assert.Equal(decimal.Parse(form.ExpectedTotal, CultureInfo.InvariantCulture), order.Total);
        Assert.Equal(order.Subtotal - order.DiscountTotal + order.ShippingTotal + order.TaxTotal, order.Total);

        var page = await shopper.Session.GetPageAsync(location);
        var (intentId, clientSecret) = app.IntentOf(orderId);
        Assert.Contains("id=\"payment-element\"", page);
        Assert.Contains($"data-publishable-key=\"{StripeStoreApp.PublishableKey}\"", page);
        Assert.Contains($"data-client-secret=\"{clientSecret}\"", page);
        Assert.Contains($"Pay {new Money(order.Total, order.Currency).Format()}", page);
        Assert.Contains("js/stripe-payment.js", page);
        Assert.Equal(intentId, order.PaymentReference);

        // The pay page asks again with the placement's key; Stripe (and the fake) answer with the same intent.
        var creates = app.IntentCreatesFor(orderId);
        Assert.NotEmpty(creates);
        Assert.All(creates, create =>
        {
            Assert.Equal($"pi-{orderId}", create.IdempotencyKey);
            Assert.Equal(((long)(order.Total * 100)).ToString(CultureInfo.InvariantCulture), create.Form["amount"]);
            Assert.Equal("usd", create.Form["currency"]);
        });
    }

    [Fact]
    public async Task PlacingTheSameFormTwiceMakesOneOrderAndOnePaymentIntent()
    {
        const string email = "double-click@example.com";
        var shopper = new GuestCheckout(app, email);
        var form = await shopper.UpToReviewAsync(await GuestCheckout.StockedVariantAsync(app, skip: 1), quantity: 1);

        var locations = await Task.WhenAll(shopper.PlaceAsync(form), shopper.PlaceAsync(form));

        Assert.Equal(locations[0], locations[1]);
        var orderId = PayPage.OrderId(locations[0]);
        var orders = await app.QueryAsync(db => db.Orders.Where(o => o.Email == email).Select(o => o.Id).ToListAsync());
        Assert.Equal(orderId, Assert.Single(orders));
        Assert.Single(app.IntentCreatesFor(orderId).Select(r => r.IdempotencyKey).Distinct());
        Assert.Contains($"data-client-secret=\"{app.IntentOf(orderId).ClientSecret}\"", await shopper.Session.GetPageAsync(locations[0]));
    }

    [Fact]
    public async Task ThePaymentScriptIsServed()
    {
        var response = await app.CreateClient().GetAsync("/js/stripe-payment.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("result.error", await response.Content.ReadAsStringAsync());
    }
}
