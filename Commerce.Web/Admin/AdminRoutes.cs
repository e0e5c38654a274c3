using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace Commerce.Web.Admin;

/// <summary>
/// Which admin addresses have a page, read once from the app's routable components. The navigation and the
/// dashboard only link to pages that exist, so a section still being built shows no link that answers 404.
/// </summary>
public static class AdminRoutes
{
    private static readonly Lazy<HashSet<string>> Templates = new(() => typeof(AdminRoutes).Assembly.GetTypes()
        .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
        .Select(r => Normalize(r.Template))
        .ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>True when a page answers <paramref name="path"/> (its query string ignored; "{id}" segments match anything).</summary>
    public static bool Has(string path)
    {
        var wanted = Normalize(path.Split('?', '#')[0]).Split('/');
        return Templates.Value.Any(template =>
        {
            var parts = template.Split('/');
            return parts.Length == wanted.Length && parts.Zip(wanted).All(p => Matches(p.First, p.Second));
        });
    }

    /// <summary>A literal segment matches itself; a parameter matches any value its constraint accepts ({id:int}, {id:guid}).</summary>
    private static bool Matches(string template, string value)
    {
        if (!template.StartsWith('{')) return string.Equals(template, value, StringComparison.OrdinalIgnoreCase);
        var constraint = template.Trim('{', '}', '?').Split(':').Skip(1).FirstOrDefault()?.ToLowerInvariant();
        return constraint switch
        {
            "int" => int.TryParse(value, out _),
            "long" => long.TryParse(value, out _),
            "guid" => Guid.TryParse(value, out _),
            _ => value.Length > 0,
        };
    }

    /// <summary><paramref name="path"/> when its page exists, otherwise <paramref name="fallback"/>.</summary>
    public static string Or(string path, string fallback) => Has(path) ? path : fallback;

    private static string Normalize(string template) => "/" + template.Trim('/');
}
