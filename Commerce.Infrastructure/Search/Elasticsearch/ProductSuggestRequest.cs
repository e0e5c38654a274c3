using Elastic.Clients.Elasticsearch;
using Elastic.Clients.Elasticsearch.Core.Search;
using Elastic.Clients.Elasticsearch.QueryDsl;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>
/// The header's product suggestions: every typed word must start a word of the name (edge n-grams, so "tsh"
/// finds "T-Shirt"), or the words may be a typo away from a whole name word or a SKU ("tshrt").
/// </summary>
internal static class ProductSuggestRequest
{
    private static readonly string[] SuggestionFields =
        [ProductFields.Slug, ProductFields.Name, ProductFields.ImageUrl, ProductFields.PriceMin, ProductFields.Currency];

    public static SearchRequest Build(string text, int size, string index) => new(index)
    {
        Query = new BoolQuery
        {
            Should =
            [
                new MatchQuery(ProductFields.NameAutocomplete, text) { Operator = Operator.And, Boost = 2 },
                new MultiMatchQuery(text) { Fields = new[] { ProductFields.Name, ProductFields.Skus }, Fuzziness = "AUTO" },
            ],
            MinimumShouldMatch = 1,
        },
        Sort =
        [
            new SortOptions { Score = new ScoreSort { Order = SortOrder.Desc } },
            new FieldSort(ProductFields.SalesCount) { Order = SortOrder.Desc },
            new FieldSort(ProductFields.Id) { Order = SortOrder.Asc },
        ],
        Size = size,
        Source = new SourceFilter { Includes = SuggestionFields },
    };
}
