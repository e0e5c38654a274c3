using System.Text.Json.Nodes;
using Commerce.Infrastructure.Search.Elasticsearch;
using static Commerce.Infrastructure.Tests.Search.Elasticsearch.RequestJson;

namespace Commerce.Infrastructure.Tests.Search.Elasticsearch;

public sealed class ProductIndexDefinition
{
    private readonly JsonNode _index = Of(ProductIndexMapping.CreateIndexRequest("commerce-products-1"));

    private JsonNode Analysis => _index["settings"]!["analysis"]!;
    private JsonNode Property(string name) => _index["mappings"]!["properties"]![name]!;

    [Fact]
    public void NamesAreSplitAndCatenatedAtIndexTimeSoTShirtAlsoIndexesTshirt()
    {
        var analyzer = Analysis["analyzer"]!["product_text"]!;
        var filters = Strings(analyzer["filter"]);

        // The whitespace tokenizer leaves "t-shirt" whole for the word delimiter to split and join.
        Assert.Equal("whitespace", analyzer["tokenizer"]!.GetValue<string>());
        Assert.Equal(["lowercase", "asciifolding"], filters[..2]);
        var delimiter = Analysis["filter"]![filters[2]]!;
        Assert.Equal("word_delimiter_graph", delimiter["type"]!.GetValue<string>());
        Assert.True(delimiter["catenate_words"]!.GetValue<bool>());
        Assert.Equal("flatten_graph", filters[3]);
    }

    [Fact]
    public void QueriesAreSplitButNotCatenated()
    {
        var search = Analysis["analyzer"]!["product_search"]!;
        var delimiter = Analysis["filter"]![Strings(search["filter"]).Last()]!;

        Assert.Equal("word_delimiter_graph", delimiter["type"]!.GetValue<string>());
        Assert.False(delimiter["catenate_words"]!.GetValue<bool>());
        Assert.Equal("product_search", Property("name")["search_analyzer"]!.GetValue<string>());
    }

    [Fact]
    public void NameHasAnEdgeNGramSubfieldForAutocomplete()
    {
        var autocomplete = Property("name")["fields"]!["autocomplete"]!;
        var lastFilter = Strings(Analysis["analyzer"]![autocomplete["analyzer"]!.GetValue<string>()]!["filter"]).Last();

        Assert.Equal("edge_ngram", Analysis["filter"]![lastFilter]!["type"]!.GetValue<string>());
        Assert.Equal("product_search", autocomplete["search_analyzer"]!.GetValue<string>());
    }

    [Fact]
    public void FacetAndFilterFieldsAreKeywords()
    {
        Assert.Equal("keyword", Property("vendor_slug")["type"]!.GetValue<string>());
        Assert.Equal("keyword", Property("vendor_name")["fields"]!["raw"]!["type"]!.GetValue<string>());
        Assert.Equal("keyword", Property("skus")["type"]!.GetValue<string>());
        Assert.Equal("sku", Property("skus")["normalizer"]!.GetValue<string>());
        var templates = _index["mappings"]!["dynamic_templates"]!.AsArray().Select(t => t!.AsObject().Single().Value!).ToList();
        Assert.Equal(["options.*", "in_stock_options.*"], templates.Select(t => t["path_match"]!.GetValue<string>()));
        Assert.All(templates, t => Assert.Equal("keyword", t["mapping"]!["type"]!.GetValue<string>()));
    }

    [Fact]
    public void SortAndRangeFieldsAreNumbersAndDates()
    {
        Assert.Equal("scaled_float", Property("price_min")["type"]!.GetValue<string>());
        Assert.Equal(100, Property("price_min")["scaling_factor"]!.GetValue<double>());
        Assert.Equal("integer", Property("sales_count")["type"]!.GetValue<string>());
        Assert.Equal("date", Property("published_at")["type"]!.GetValue<string>());
        Assert.Equal("integer", Property("id")["type"]!.GetValue<string>());
        Assert.Equal("boolean", Property("in_stock")["type"]!.GetValue<string>());
    }

    [Fact]
    public void UnknownFieldsAreRefusedAndDeepPagesAllowed()
    {
        Assert.Equal("strict", _index["mappings"]!["dynamic"]!.GetValue<string>());
        Assert.Equal(ProductIndexMapping.MaxResultWindow, _index["settings"]!["max_result_window"]!.GetValue<int>());
    }
}
