using System.Text.Json.Nodes;
using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Search.Elasticsearch;
using static Commerce.Infrastructure.Tests.Search.Elasticsearch.RequestJson;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

public sealed class SearchRequestConstruction
{
    private static readonly ProductQuery FullQuery = new()
    {
        Text = "tshrt",
        CategoryIds = [3, 4],
        Options = new Dictionary<string, IReadOnlyList<string>> { ["Size"] = ["M", "L"], ["Colour"] = ["Navy"] },
        VendorSlugs = ["acme-apparel"],
        MinPrice = 10,
        MaxPrice = 50.5m,
        InStockOnly = true,
        Sort = ProductSort.PriceLowHigh,
        Page = 3,
    };

    private static JsonNode Build(ProductQuery query) => Of(ProductSearchRequest.Build(query, "commerce-products"));

    [Fact]
    public void TextIsAFuzzyMultiMatchOverWeightedFieldsPlusAnExactSkuBoost()
    {
        var query = Build(FullQuery)["query"]!["bool"]!;

        var multiMatch = Assert.Single(Clauses(query["must"]))["multi_match"]!;
        Assert.Equal("tshrt", multiMatch["query"]!.GetValue<string>());
        Assert.Equal("AUTO", multiMatch["fuzziness"]!.GetValue<string>());
        Assert.Equal(["name^4", "skus^3", "vendor_name^2", "category_names^2", "short_description", "description"], Strings(multiMatch["fields"]));
        var sku = Assert.Single(Clauses(query["should"]))["term"]!["skus"]!;
        Assert.Equal("tshrt", sku["value"]!.GetValue<string>());
        Assert.True(sku["boost"]!.GetValue<double>() > 4);
    }

    [Fact]
    public void CategoryAndInStockNarrowTheQueryItself()
    {
        var filters = Clauses(Build(FullQuery)["query"]!["bool"]!["filter"]);

        Assert.Equal([3, 4], filters.Single(f => f["terms"] is not null)["terms"]!["category_ids"]!.AsArray().Select(v => v!.GetValue<int>()));
        Assert.True(filters.Single(f => f["term"] is not null)["term"]!["in_stock"]!["value"]!.GetValue<bool>());
    }

    [Fact]
    public void FacetSelectionsAndThePriceRangeGoToThePostFilterSoFacetsCanIgnoreThem()
    {
        var postFilters = Clauses(Build(FullQuery)["post_filter"]!["bool"]!["filter"]);

        var terms = postFilters.Where(f => f["terms"] is not null).ToDictionary(f => FieldOf(f, "terms"), f => Strings(f["terms"]![FieldOf(f, "terms")]));
        Assert.Equal(["M", "L"], terms["in_stock_options.size"]);
        Assert.Equal(["Navy"], terms["in_stock_options.colour"]);
        Assert.Equal(["acme-apparel"], terms["vendor_slug"]);
        var price = postFilters.Single(f => f["range"] is not null)["range"]!["price_min"]!;
        Assert.Equal((10m, 50.5m), (price["gte"]!.GetValue<decimal>(), price["lte"]!.GetValue<decimal>()));
    }

    [Fact]
    public void EachFacetIsCountedUnderEverySelectionButItsOwn()
    {
        var aggregations = Build(FullQuery)["aggregations"]!;

        var size = aggregations["facet_size"]!;
        Assert.Equal("in_stock_options.size", size["aggregations"]!["values"]!["terms"]!["field"]!.GetValue<string>());
        Assert.Equal(["in_stock_options.colour", "vendor_slug", "price_min"], FilteredFields(size));
        Assert.Equal(["in_stock_options.size", "vendor_slug", "price_min"], FilteredFields(aggregations["facet_colour"]!));
        Assert.Equal(["in_stock_options.size", "in_stock_options.colour", "price_min"], FilteredFields(aggregations["facet_vendor"]!));
        Assert.Equal("vendor_name.raw", aggregations["facet_vendor"]!["aggregations"]!["values"]!["aggregations"]!["label"]!["terms"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public void PriceBoundsAreMinAndMaxUnderEverySelectionButThePriceRange()
    {
        var price = Build(FullQuery)["aggregations"]!["price"]!;

        Assert.Equal(["in_stock_options.size", "in_stock_options.colour", "vendor_slug"], FilteredFields(price));
        Assert.Equal("price_min", price["aggregations"]!["min"]!["min"]!["field"]!.GetValue<string>());
        Assert.Equal("price_min", price["aggregations"]!["max"]!["max"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public void WithoutSelectionsThereIsNoPostFilterAndFacetsCountEverything()
    {
        var request = Build(new ProductQuery { Text = "shirt" });

        Assert.Null(request["post_filter"]);
        Assert.NotNull(request["aggregations"]!["facet_size"]!["filter"]!["match_all"]);
        Assert.Equal("options.size", request["aggregations"]!["facet_size"]!["aggregations"]!["values"]!["terms"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public void PagesByFromAndSizeAndCountsEveryHit()
    {
        var request = Build(FullQuery);

        Assert.Equal((48, 24), (request["from"]!.GetValue<int>(), request["size"]!.GetValue<int>()));
        Assert.True(request["track_total_hits"]!.GetValue<bool>());
        Assert.Contains("price_min", Strings(request["_source"]!["includes"]));
        Assert.DoesNotContain("description", Strings(request["_source"]!["includes"]));
    }

    [Theory]
    [InlineData(ProductSort.PriceLowHigh, "price_min:asc id:asc")]
    [InlineData(ProductSort.PriceHighLow, "price_min:desc id:asc")]
    [InlineData(ProductSort.BestSelling, "sales_count:desc id:asc")]
    [InlineData(ProductSort.Newest, "published_at:desc id:desc")]
    [InlineData(ProductSort.Relevance, "_score:desc id:asc")]
    public void EverySortEndsOnTheIdSoPagesAreStable(ProductSort sort, string expected)
    {
        var request = Build(new ProductQuery { Text = "shirt", Sort = sort });

        Assert.Equal(expected, SortKeys(request));
    }

    [Fact]
    public void WithoutTextRelevanceFallsBackToNewestAndThereIsNoTextClause()
    {
        var request = Build(new ProductQuery { CategoryIds = [7], Sort = ProductSort.Relevance });

        Assert.Equal("published_at:desc id:desc", SortKeys(request));
        Assert.Null(request["query"]!["bool"]!["must"]);
    }

    [Fact]
    public void APageBeyondTheResultWindowAsksOnlyForCountsAndFacets()
    {
        var request = Build(new ProductQuery { Text = "shirt", Page = ProductQuery.MaxPage, PageSize = 48 });

        Assert.Equal((0, 0), (request["from"]!.GetValue<int>(), request["size"]!.GetValue<int>()));
    }

    [Fact]
    public void SuggestionsMatchNamePrefixesOrWholeWordsATypoAway()
    {
        var should = Clauses(Of(ProductSuggestRequest.Build("tsh", 6, "commerce-products"))["query"]!["bool"]!["should"]);

        Assert.Equal("and", should[0]["match"]!["name.autocomplete"]!["operator"]!.GetValue<string>());
        Assert.Equal("AUTO", should[1]["multi_match"]!["fuzziness"]!.GetValue<string>());
    }

    private static string[] FilteredFields(JsonNode aggregation) =>
        [.. Clauses(aggregation["filter"]!["bool"]!["filter"]).Select(f => f["terms"] is not null ? FieldOf(f, "terms") : FieldOf(f, "range"))];

    private static string SortKeys(JsonNode request) =>
        string.Join(' ', request["sort"]!.AsArray().Select(s => s!.AsObject().Single())
            .Select(s => $"{s.Key}:{s.Value!["order"]!.GetValue<string>()}"));
}
