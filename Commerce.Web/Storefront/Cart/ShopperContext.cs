using System.Security.Claims;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Cart;

/// <summary>Who is shopping: the signed-in customer (if any) and the guest cart cookie. Never anything from a form.</summary>
public sealed class ShopperContext(IHttpContextAccessor http, IDbContextFactory<CommerceDbContext> contexts)
{
    public const string CartCookie = "commerce.cart";
    private int? _customerId;
    private bool _customerLoaded;

    public HttpContext HttpContext => http.HttpContext ?? throw new InvalidOperationException("No HTTP request in progress.");

    private string? _resumedToken;

    public string? CartToken => _resumedToken
        ?? (HttpContext.Request.Cookies.TryGetValue(CartCookie, out var token) && token.Length is > 20 and <= 64 ? token : null);

    /// <summary>Takes up a guest cart from an emailed link (abandoned-cart reminder), for this request and the next ones.</summary>
    public void ResumeCart(string token)
    {
        _resumedToken = token;
        RememberCart(token);
    }

    public async Task<int?> CustomerIdAsync(CancellationToken cancellationToken = default)
    {
        if (_customerLoaded) return _customerId;
        var userId = HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            _customerId = await db.Customers.Where(c => c.UserId == userId).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        }
        _customerLoaded = true;
        return _customerId;
    }

    public void RememberCart(string token) => HttpContext.Response.Cookies.Append(CartCookie, token, new CookieOptions
    {
        HttpOnly = true,
        Secure = HttpContext.Request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        MaxAge = Core.Cart.Cart.GuestLifetime,
    });

    public void ForgetCart() => HttpContext.Response.Cookies.Delete(CartCookie);
}
