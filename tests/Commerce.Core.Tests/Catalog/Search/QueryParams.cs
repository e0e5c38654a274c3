namespace Commerce.Core.Tests.Catalog.Search;

/// <summary>URL parameters as ASP.NET hands them over: each key with all its values.</summary>
internal static class QueryParams
{
    public static IEnumerable<KeyValuePair<string, string?[]>> Of(params (string Key, string? Value)[] pairs) =>
        pairs.GroupBy(p => p.Key).Select(g => new KeyValuePair<string, string?[]>(g.Key, g.Select(p => p.Value).ToArray()));
}
