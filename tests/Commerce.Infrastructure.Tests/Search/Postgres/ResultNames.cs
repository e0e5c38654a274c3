using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Tests.Search.Postgres;

internal static class ResultNames
{
    public static List<string> Names(this ProductSearchResult result) => result.Items.Select(i => i.Name).ToList();

    public static Facet Facet(this ProductSearchResult result, string key) => result.Facets.Single(f => f.Key == key);

    public static int Count(this Facet facet, string value) => facet.Values.Single(v => v.Value == value).Count;
}
