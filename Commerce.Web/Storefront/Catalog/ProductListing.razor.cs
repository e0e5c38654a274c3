using Commerce.Core.Catalog.Search;
using Microsoft.AspNetCore.Components;

namespace Commerce.Web.Storefront.Catalog;

public partial class ProductListing
{
    [Parameter, EditorRequired] public ProductQuery Query { get; set; } = null!;
    [Parameter, EditorRequired] public ProductSearchResult Result { get; set; } = null!;

    /// <summary>The page's own path, e.g. "/c/shoes" or "/search"; filter links are built on it.</summary>
    [Parameter, EditorRequired] public string BasePath { get; set; } = "";

    [Parameter] public string EmptyMessage { get; set; } = "Try removing a filter or searching for something else.";

    private ProductQuery Cleared => new() { Text = Query.Text, CategoryIds = Query.CategoryIds, Sort = Query.Sort };

    private string Link(ProductQuery query) => BasePath + ProductQueryString.Write(query);

    private IReadOnlyList<(string Label, string Link)> ActiveChips
    {
        get
        {
            var chips = new List<(string, string)>();
            foreach (var facet in Result.Facets)
                foreach (var value in facet.Values.Where(v => v.Selected))
                    chips.Add(($"{facet.Label}: {value.Label}", Link(ProductQueryString.Toggle(Query, facet.Key, value.Value))));
            if (Query.MinPrice is not null || Query.MaxPrice is not null)
                chips.Add(($"Price: {Query.MinPrice?.ToString("0.##") ?? "0"}–{Query.MaxPrice?.ToString("0.##") ?? "any"}",
                    Link(Query with { MinPrice = null, MaxPrice = null, Page = 1 })));
            if (Query.InStockOnly) chips.Add(("In stock only", Link(Query with { InStockOnly = false, Page = 1 })));
            return chips;
        }
    }
}
