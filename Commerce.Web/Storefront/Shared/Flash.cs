using System.Text.Json;

namespace Commerce.Web.Storefront.Shared;

public sealed record FlashMessage(bool Ok, string Text);

/// <summary>
/// A message that survives one redirect (post → redirect → get), kept in a short-lived cookie so that only the
/// server can write it: a link cannot make the store display someone else's words.
/// </summary>
public static class Flash
{
    private const string Cookie = "commerce.flash";

    public static void Set(HttpContext context, bool ok, string text) =>
        context.Response.Cookies.Append(Cookie, JsonSerializer.Serialize(new FlashMessage(ok, text)), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps, MaxAge = TimeSpan.FromMinutes(1), IsEssential = true,
        });

    public static FlashMessage? Take(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Cookie, out var json)) return null;
        if (!context.Response.HasStarted) context.Response.Cookies.Delete(Cookie);
        try { return JsonSerializer.Deserialize<FlashMessage>(json); }
        catch (JsonException) { return null; }
    }
}
