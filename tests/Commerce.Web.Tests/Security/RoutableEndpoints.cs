using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Security;

/// <summary>One route the app serves, with a concrete address to call it at.</summary>
public sealed record RoutableEndpoint(string Method, string Url, string Pattern, Endpoint Endpoint)
{
    public override string ToString() => $"{Method} {Url} ({Pattern})";
}

/// <summary>
/// Every route the running app serves, read from its own endpoint data sources, so a page or endpoint added later is
/// covered without touching the tests. Route parameters get sample values (a number, a GUID, a word).
/// </summary>
public static class RoutableEndpoints
{
    private static readonly string[] Unsafe = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public static IReadOnlyList<RoutableEndpoint> All(IServiceProvider services, string? sample = null) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => Methods(e).Select(m => new RoutableEndpoint(m, Url(e.RoutePattern, sample), e.RoutePattern.RawText ?? "", e)))
            .DistinctBy(e => (e.Method, e.Url))];

    public static IReadOnlyList<RoutableEndpoint> StateChanging(IServiceProvider services) =>
        [.. All(services).Where(e => Unsafe.Contains(e.Method))];

    // An endpoint without method metadata answers every method: it is probed as GET and POST.
    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : [HttpMethods.Get, HttpMethods.Post];

    private static string Url(RoutePattern pattern, string? sample)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { IsOptional: true } => "",
                    RoutePatternParameterPart parameter => SampleValue(parameter, sample),
                    _ => "",
                };
            if (text.Length > 0) segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }

    private static string SampleValue(RoutePatternParameterPart parameter, string? sample)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? p.ParameterPolicy?.GetType().Name ?? "").ToList();
        if (constraints.Any(c => c.StartsWith("guid", StringComparison.OrdinalIgnoreCase))) return "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        if (constraints.Any(c => c.StartsWith("int", StringComparison.OrdinalIgnoreCase) || c.StartsWith("long", StringComparison.OrdinalIgnoreCase)
            || c.StartsWith("min", StringComparison.OrdinalIgnoreCase))) return "1";
        return sample ?? "sample";
    }
}
