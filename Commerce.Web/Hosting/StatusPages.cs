using Microsoft.AspNetCore.Diagnostics;

namespace Commerce.Web.Hosting;

/// <summary>
/// The store's friendly page for an empty error answer (400, 403, 404, 429…), rendered by /status/{code}. Like
/// UseStatusCodePagesWithReExecute, but the page is always rendered as a GET: a refused POST (no antiforgery token,
/// too many attempts) must not be re-read as a form post by the status page itself.
/// </summary>
internal static class StatusPages
{
    public static void UseStoreStatusPages(this WebApplication app) => app.UseStatusCodePages(async status =>
    {
        var http = status.HttpContext;
        var request = http.Request;
        var original = (Path: request.Path, Query: request.QueryString, Method: request.Method, Endpoint: http.GetEndpoint());
        var routeValues = http.Features.Get<Microsoft.AspNetCore.Http.Features.IRouteValuesFeature>()?.RouteValues;
        http.Features.Set<IStatusCodeReExecuteFeature>(new StatusCodeReExecuteFeature
        {
            OriginalPath = original.Path, OriginalPathBase = request.PathBase.Value!, OriginalQueryString = original.Query.Value,
            Endpoint = original.Endpoint,
            RouteValues = routeValues is null ? null : new(routeValues),
        });
        http.SetEndpoint(null);
        routeValues?.Clear();
        request.Path = $"/status/{http.Response.StatusCode}";
        request.QueryString = QueryString.Empty;
        request.Method = HttpMethods.Get;

        var services = http.RequestServices;
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        http.RequestServices = scope.ServiceProvider;
        try
        {
            await status.Next(http);
        }
        finally
        {
            http.RequestServices = services;
            request.Path = original.Path;
            request.QueryString = original.Query;
            request.Method = original.Method;
            http.SetEndpoint(original.Endpoint);
            http.Features.Set<IStatusCodeReExecuteFeature?>(null);
        }
    });
}
