using Commerce.Web.Storefront.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Commerce.Web.Storefront.Cart;

/// <summary>
/// Cart changes are plain form posts (they work without JavaScript and can set the cart cookie), answered with a
/// redirect back to the page, carrying a short message. Antiforgery is checked on every form post.
/// </summary>
internal static class CartEndpoints
{
    public static void MapCartEndpoints(this IEndpointRouteBuilder app)
    {
        var cart = app.MapGroup("/cart");
        cart.MapPost("/add", async (HttpContext http, [FromForm] string? variantId, [FromForm] string? quantity, [FromForm] string? returnUrl, CartService carts) =>
            !int.TryParse(variantId, out var variant)
                ? Back(http, returnUrl, new CartChange(false, "Please choose an option first."))
                : !int.TryParse(quantity ?? "1", out var count)
                    ? Back(http, returnUrl, new CartChange(false, "Please enter a quantity."))
                    : Back(http, returnUrl, await carts.AddAsync(variant, count), toCart: true));
        cart.MapPost("/update", async (HttpContext http, [FromForm] int variantId, [FromForm] string? quantity, CartService carts) =>
            int.TryParse(quantity, out var count)
                ? Back(http, "/cart", await carts.ChangeQuantityAsync(variantId, count))
                : Back(http, "/cart", new CartChange(false, "Please enter a quantity.")));
        cart.MapPost("/remove", async (HttpContext http, [FromForm] int variantId, CartService carts) =>
            Back(http, "/cart", await carts.RemoveAsync(variantId)));
        cart.MapPost("/coupon", async (HttpContext http, [FromForm] string? code, CartService carts) =>
            Back(http, "/cart", await carts.ApplyCouponAsync(code)));
        cart.MapPost("/coupon/remove", async (HttpContext http, CartService carts) =>
            Back(http, "/cart", await carts.RemoveCouponAsync()));
        cart.MapPost("/estimate", async (HttpContext http, [FromForm] string? country, [FromForm] string? postalCode, CartService carts) =>
            Back(http, "/cart", await carts.EstimateShippingAsync(country, postalCode)));
    }

    /// <summary>Redirects to a local page (never elsewhere), carrying the outcome as a one-time message.</summary>
    private static IResult Back(HttpContext http, string? returnUrl, CartChange change, bool toCart = false)
    {
        Flash.Set(http, change.Ok, change.Message);
        return Results.LocalRedirect(toCart && change.Ok ? "/cart" : SafeLocal(returnUrl));
    }

    private static string SafeLocal(string? url) => Security.LocalUrl.OrFallback(url, "/cart");
}
