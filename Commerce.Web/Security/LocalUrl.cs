namespace Commerce.Web.Security;

/// <summary>
/// The one rule for "return to" addresses from a query or form: a path on this site, or the fallback. Absolute and
/// protocol-relative URLs (https://x, //x, /\x, \\x), control characters (a tab) and schemes (javascript:) fall back.
/// </summary>
public static class LocalUrl
{
    public static string OrFallback(string? url, string fallback = "/")
    {
        if (string.IsNullOrWhiteSpace(url) || url.Any(char.IsControl) || url.Contains('\\')) return fallback;
        // Anything that starts like a scheme ("http:/x", "javascript:") is not a path of ours.
        var colon = url.IndexOf(':');
        if (colon >= 0 && (url.IndexOfAny(['/', '?', '#']) is var end && (end < 0 || colon < end))) return fallback;
        var path = url.StartsWith('/') ? url : "/" + url;
        if (path.StartsWith("//", StringComparison.Ordinal) || !Uri.TryCreate(path, UriKind.Relative, out _)) return fallback;
        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile ? fallback : path;
    }
}
