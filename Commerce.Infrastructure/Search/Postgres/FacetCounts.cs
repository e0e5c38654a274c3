using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>What <see cref="ListingFacetsQuery"/> returns, and how it becomes the listing's facets.</summary>
internal sealed class FacetCounts
{
    public int Total { get; set; }
    public PriceBounds? PriceBounds { get; set; }
    public List<(string Slug, string Name, int Count)> Vendors { get; } = [];
    public List<(string Option, string Label, int Count)> Options { get; } = [];

    /// <summary>Size, Colour, then Vendor; a group with no values is left out.</summary>
    public IReadOnlyList<Facet> ToFacets(ProductQuery query)
    {
        var facets = new List<Facet>();
        foreach (var name in ProductQueryString.OptionNames)
        {
            var key = name.ToLowerInvariant();
            var selected = query.Options.FirstOrDefault(o => string.Equals(o.Key, name, StringComparison.OrdinalIgnoreCase)).Value ?? [];
            var values = Options.Where(o => o.Option == key)
                .Select(o => new FacetValue(o.Label, o.Label, o.Count, selected.Contains(o.Label, StringComparer.OrdinalIgnoreCase)));
            AddGroup(facets, key, name, values, selected);
        }
        var vendors = Vendors.Select(v => new FacetValue(v.Slug, v.Name, v.Count, query.VendorSlugs.Contains(v.Slug, StringComparer.OrdinalIgnoreCase)));
        AddGroup(facets, ListingFilter.VendorKey, "Vendor", vendors, query.VendorSlugs);
        return facets;
    }

    // A selected value the other filters have emptied stays listed (count 0), so the shopper can untick it.
    private static void AddGroup(List<Facet> facets, string key, string label, IEnumerable<FacetValue> counted, IReadOnlyList<string> selected)
    {
        var values = counted.ToList();
        values.AddRange(selected
            .Where(s => !string.IsNullOrWhiteSpace(s) && !values.Any(v => string.Equals(v.Value, s, StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(s => new FacetValue(s, s, 0, true)));
        if (values.Count > 0) facets.Add(new Facet(key, label, FacetValueOrder.Sort(key, values)));
    }
}
