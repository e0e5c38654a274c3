using System.Net;
using System.Text.RegularExpressions;
using Commerce.Core.Catalog;
using Commerce.Testing;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Tests.Support;

public sealed record StockedVariant(int Id, string Slug);

/// <summary>The review step's form as the browser has it: the key and total it will post back.</summary>
public sealed record ReviewForm(string IdempotencyKey, string ExpectedTotal);

/// <summary>A guest going through the three checkout steps over HTTP, as a browser without JavaScript would.</summary>
public sealed partial class GuestCheckout(StoreApp app, string email)
{
    public BrowserSession Session { get; } = new(app.CreateClient());

    /// <summary>An active variant that tracks stock, with plenty left; <paramref name="skip"/> picks a different one per test.</summary>
    public static Task<StockedVariant> StockedVariantAsync(StoreApp app, int skip) => app.QueryAsync(db => db.Variants
        .Where(v => v.IsActive && v.Product.Status == ProductStatus.Active && v.Product.TrackInventory && !v.Product.AllowBackorder
            && db.InventoryLevels.Where(l => l.VariantId == v.Id).Sum(l => l.OnHand - l.Reserved) > 20)
        .OrderBy(v => v.Id).Skip(skip).Select(v => new StockedVariant(v.Id, v.Product.Slug)).FirstAsync());

    public async Task<ReviewForm> UpToReviewAsync(StockedVariant variant, int quantity)
    {
        await ExpectAsync(await Session.PostFormAsync($"/p/{variant.Slug}", "/cart/add", new Dictionary<string, string>
        {
            ["variantId"] = variant.Id.ToString(), ["quantity"] = quantity.ToString(), ["returnUrl"] = "/cart",
        }), "/cart");
        await ExpectAsync(await Session.PostFormAsync("/checkout", "/checkout", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.BillingSameAsShipping"] = "true",
            ["Input.Shipping.FullName"] = "Ada Lovelace", ["Input.Shipping.Line1"] = "1 Analytical Way", ["Input.Shipping.City"] = "San Francisco",
            ["Input.Shipping.Region"] = "CA", ["Input.Shipping.PostalCode"] = "94107", ["Input.Shipping.CountryCode"] = "US",
        }, handler: "checkout-details"), "/checkout/shipping");
        var methodId = AvailableShippingMethod().Match(await Session.GetPageAsync("/checkout/shipping")).Groups[1].Value;
        await ExpectAsync(await Session.PostFormAsync("/checkout/shipping", "/checkout/shipping",
            new Dictionary<string, string> { ["MethodId"] = methodId }, handler: "checkout-shipping"), "/checkout/review");

        var review = await Session.GetPageAsync("/checkout/review");
        return new ReviewForm(WebUtility.HtmlDecode(HiddenInput("Input.IdempotencyKey", review)), HiddenInput("Input.ExpectedTotal", review));
    }

    /// <summary>Submits "place order"; answers where the store sent the shopper.</summary>
    public async Task<string> PlaceAsync(ReviewForm form)
    {
        var response = await Session.PostFormAsync("/checkout/review", "/checkout/review", new Dictionary<string, string>
        {
            ["Input.IdempotencyKey"] = form.IdempotencyKey, ["Input.ExpectedTotal"] = form.ExpectedTotal,
        }, handler: "place-order");
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Placing the order should redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!.OriginalString;
    }

    private static async Task ExpectAsync(HttpResponseMessage response, string location)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect to {location}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.EndsWith(location, response.Headers.Location!.OriginalString);
    }

    private static string HiddenInput(string name, string html) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"The review page has no {name} field.");

    [GeneratedRegex("name=\"MethodId\" value=\"(\\d+)\"(?![^>]*disabled)")]
    private static partial Regex AvailableShippingMethod();
}
