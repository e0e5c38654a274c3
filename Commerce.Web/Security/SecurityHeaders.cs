using System.Security.Cryptography;

namespace Commerce.Web.Security;

/// <summary>
/// The response headers every answer carries (pages, endpoints, errors, the jobs dashboard). Scripts run only from
/// the app itself and Stripe; the few inline scripts Blazor needs (the import map) carry this request's nonce.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "commerce.csp-nonce";

    /// <summary>The nonce of the current response's Content-Security-Policy, for an inline &lt;script nonce="…"&gt;.</summary>
    public static string Nonce(HttpContext http) =>
        http.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders must run before pages render.");

    public static string ContentSecurityPolicy(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}' https://js.stripe.com https://*.js.stripe.com",
        // MudBlazor and Stripe's Payment Element set style attributes; styles cannot run code.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob: https://*.stripe.com",
        "font-src 'self' data:",
        // 'self' covers the interactive circuit's WebSocket on the same host.
        "connect-src 'self' https://api.stripe.com",
        "frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'");

    public static void UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
        context.Items[NonceKey] = nonce;
        // On starting, so error pages (whose handler clears the headers) and every endpoint get them too.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce);
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), usb=(), interest-cohort=(), payment=(self \"https://js.stripe.com\")";
            headers["Cross-Origin-Opener-Policy"] = "same-origin-allow-popups";
            headers.Server = default;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
