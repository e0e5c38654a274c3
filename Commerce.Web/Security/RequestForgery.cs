using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Security;

/// <summary>
/// Cross-site request forgery is refused by default, not per form: every POST/PUT/PATCH/DELETE that reaches an
/// endpoint must come from the store's own origin and carry a valid antiforgery token, whether or not the endpoint
/// binds a form. UseAntiforgery only checks endpoints that declare a need for it; this checks all the others too.
/// The exceptions are explicit: endpoints that call <c>DisableAntiforgery()</c> (the Stripe webhook, signed instead)
/// and the interactive circuit's SignalR endpoints (same-origin checked; they hold no store state of their own).
/// </summary>
internal static class RequestForgery
{
    public static void UseForgeryProtectionOnEveryChange(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (IsStateChanging(context.Request.Method) && context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: false })
        {
            if (!FromOwnOrigin(context))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }
            // Checked here for every endpoint (also those UseAntiforgery checks later), so a forged post is refused
            // before rate limits count it or any endpoint code runs.
            if (!IsCircuit(endpoint)
                && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }
        await next(context);
    });

    public static bool IsStateChanging(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    /// <summary>The interactive circuit's SignalR routes (negotiate, disconnect, long polling) under Blazor's fixed hub path.</summary>
    public static bool IsCircuit(Endpoint endpoint) =>
        endpoint is RouteEndpoint { RoutePattern.RawText: { } pattern } && pattern.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal);

    /// <summary>A browser names the page's origin on every cross-site post; it must be this store (its Host or Store:PublicUrl).</summary>
    private static bool FromOwnOrigin(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return true;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return false;
        var authority = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}";
        if (string.Equals(authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)) return true;
        var publicUrl = context.RequestServices.GetRequiredService<IOptions<Infrastructure.Notifications.StoreBranding>>().Value.PublicUrl;
        return Uri.TryCreate(publicUrl, UriKind.Absolute, out var store)
            && string.Equals(store.GetLeftPart(UriPartial.Authority), uri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }
}
