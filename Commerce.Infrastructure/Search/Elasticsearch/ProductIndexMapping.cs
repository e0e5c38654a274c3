using Elastic.Clients.Elasticsearch.Analysis;
using Elastic.Clients.Elasticsearch.IndexManagement;
using Elastic.Clients.Elasticsearch.Mapping;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>
/// Settings and mappings of a product index. Names are analysed so that "T-Shirt", "t shirt" and "tshirt" meet:
/// the whitespace tokenizer keeps "t-shirt" whole for word_delimiter_graph, which emits "t", "shirt" and the
/// catenated "tshirt" at index time (flattened, as index-time graphs must be); the search analyser only splits,
/// because catenated tokens in a query graph upset positional queries. Facets, filters and sorts use keyword and
/// numeric fields.
/// </summary>
public static class ProductIndexMapping
{
    public const string TextAnalyzer = "product_text";
    public const string SearchAnalyzer = "product_search";
    public const string AutocompleteAnalyzer = "product_autocomplete";
    public const string SkuNormalizer = "sku";
    /// <summary>Deep enough for <see cref="Commerce.Core.Catalog.Search.ProductQuery.MaxPage"/> pages of the default size.</summary>
    public const int MaxResultWindow = 25_000;

    private const string IndexWordDelimiter = "product_word_delimiter";
    private const string SearchWordDelimiter = "product_word_split";
    private const string EdgeNGram = "product_edge_ngram";

    public static CreateIndexRequest CreateIndexRequest(string indexName) => new(indexName) { Settings = Settings(), Mappings = Mappings() };

    public static IndexSettings Settings() => new()
    {
        NumberOfShards = 1,
        // One replica where there is a second node to hold it; none on a single-node development cluster (stays green).
        AutoExpandReplicas = "0-1",
        MaxResultWindow = MaxResultWindow,
        Analysis = new IndexSettingsAnalysis
        {
            TokenFilters = new TokenFilters
            {
                { IndexWordDelimiter, new WordDelimiterGraphTokenFilter
                    { CatenateWords = true, CatenateNumbers = true, GenerateWordParts = true, GenerateNumberParts = true, SplitOnCaseChange = false } },
                { SearchWordDelimiter, new WordDelimiterGraphTokenFilter
                    { CatenateWords = false, CatenateNumbers = false, GenerateWordParts = true, GenerateNumberParts = true, SplitOnCaseChange = false } },
                { EdgeNGram, new EdgeNGramTokenFilter { MinGram = 1, MaxGram = 15 } },
            },
            Analyzers = new Analyzers
            {
                { TextAnalyzer, new CustomAnalyzer { Tokenizer = "whitespace", Filter = ["lowercase", "asciifolding", IndexWordDelimiter, "flatten_graph"] } },
                { SearchAnalyzer, new CustomAnalyzer { Tokenizer = "whitespace", Filter = ["lowercase", "asciifolding", SearchWordDelimiter] } },
                { AutocompleteAnalyzer, new CustomAnalyzer
                    { Tokenizer = "whitespace", Filter = ["lowercase", "asciifolding", IndexWordDelimiter, "flatten_graph", EdgeNGram] } },
            },
            Normalizers = new Normalizers
            {
                { SkuNormalizer, new CustomNormalizer { Filter = ["lowercase", "asciifolding"] } },
            },
        },
    };

    public static TypeMapping Mappings() => new()
    {
        // Strict: a typo in a field name fails loudly at index time instead of creating a field no query reads.
        Dynamic = DynamicMapping.Strict,
        DynamicTemplates =
        [
            new("option_values", new DynamicTemplate { PathMatch = [$"{ProductFields.Options}.*"], Mapping = new KeywordProperty() }),
            new("in_stock_option_values", new DynamicTemplate { PathMatch = [$"{ProductFields.InStockOptions}.*"], Mapping = new KeywordProperty() }),
        ],
        Properties = new Properties
        {
            { ProductFields.Id, new IntegerNumberProperty() },
            { ProductFields.Slug, new KeywordProperty() },
            { ProductFields.Name, new TextProperty
                {
                    Analyzer = TextAnalyzer,
                    SearchAnalyzer = SearchAnalyzer,
                    Fields = new Properties
                    {
                        { "autocomplete", new TextProperty { Analyzer = AutocompleteAnalyzer, SearchAnalyzer = SearchAnalyzer } },
                    },
                } },
            { ProductFields.VendorName, new TextProperty
                {
                    Analyzer = TextAnalyzer,
                    SearchAnalyzer = SearchAnalyzer,
                    Fields = new Properties { { "raw", new KeywordProperty() } },
                } },
            { ProductFields.VendorSlug, new KeywordProperty() },
            { ProductFields.CategoryIds, new IntegerNumberProperty() },
            { ProductFields.CategoryNames, Text() },
            { ProductFields.Skus, new KeywordProperty { Normalizer = SkuNormalizer } },
            { ProductFields.ShortDescription, Text() },
            { ProductFields.Description, Text() },
            { ProductFields.PriceMin, Money() },
            { ProductFields.PriceMax, Money() },
            { ProductFields.CompareAt, new ScaledFloatNumberProperty { ScalingFactor = 100, Index = false } },
            { ProductFields.Currency, new KeywordProperty() },
            { ProductFields.InStock, new BooleanProperty() },
            { ProductFields.Options, new ObjectProperty { Dynamic = DynamicMapping.True } },
            { ProductFields.InStockOptions, new ObjectProperty { Dynamic = DynamicMapping.True } },
            { ProductFields.ImageUrl, new KeywordProperty { Index = false, DocValues = false } },
            { ProductFields.ImageAlt, new KeywordProperty { Index = false, DocValues = false } },
            { ProductFields.PublishedAt, new DateProperty() },
            { ProductFields.SalesCount, new IntegerNumberProperty() },
            { ProductFields.IsFeatured, new BooleanProperty() },
        },
    };

    private static TextProperty Text() => new() { Analyzer = TextAnalyzer, SearchAnalyzer = SearchAnalyzer };

    // Cents are exact in a scaled_float with factor 100, and it sorts and aggregates like a number.
    private static ScaledFloatNumberProperty Money() => new() { ScalingFactor = 100 };
}
