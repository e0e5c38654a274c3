using System.Net;
using Commerce.Testing;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Cart;

/// <summary>Checkout step 1 posted by something other than our form: an address left out is a validation problem, never a 500.</summary>
[Collection(StoreAppCollection.Name)]
public sealed class CheckoutDetailsPosts(StoreApp app)
{
    [Fact]
    public async Task APostWithoutTheBillingFieldsUsesTheShippingAddress()
    {
        var session = await ShopperWithCartAsync();

        var response = await PostDetailsAsync(session, new Dictionary<string, string>
        {
            ["Input.Email"] = "no-billing@example.com", ["Input.BillingSameAsShipping"] = "true",
            ["Input.Shipping.FullName"] = "Ada Lovelace", ["Input.Shipping.Line1"] = "1 Analytical Way", ["Input.Shipping.City"] = "Boston",
            ["Input.Shipping.Region"] = "MA", ["Input.Shipping.PostalCode"] = "02110", ["Input.Shipping.CountryCode"] = "US",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith("/checkout/shipping", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task APostWithoutAnyAddressIsAskedForOne()
    {
        var session = await ShopperWithCartAsync();

        var response = await PostDetailsAsync(session, new Dictionary<string, string> { ["Input.Email"] = "no-address@example.com" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Please enter the street address.", await response.Content.ReadAsStringAsync());
    }

    private async Task<BrowserSession> ShopperWithCartAsync()
    {
        var variant = await GuestCheckout.StockedVariantAsync(app, skip: 0);
        var session = new BrowserSession(app.CreateClient());
        await session.PostFormAsync($"/p/{variant.Slug}", "/cart/add",
            new Dictionary<string, string> { ["variantId"] = variant.Id.ToString(), ["quantity"] = "1", ["returnUrl"] = "/cart" });
        return session;
    }

    private static Task<HttpResponseMessage> PostDetailsAsync(BrowserSession session, Dictionary<string, string> fields) =>
        session.PostFormAsync("/checkout", "/checkout", fields, handler: "checkout-details");
}
