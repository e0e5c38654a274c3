using Commerce.Core.Catalog.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace Commerce.Web.Storefront.Catalog;

internal static class ListingQuery
{
    /// <summary>The listing query encoded in the current URL.</summary>
    public static ProductQuery FromUri(string uri, IReadOnlyList<int>? categoryIds = null)
    {
        var query = QueryHelpers.ParseQuery(new Uri(uri).Query)
            .Select(p => new KeyValuePair<string, string?[]>(p.Key, p.Value.ToArray()));
        return ProductQueryString.Parse(query, categoryIds);
    }
}
