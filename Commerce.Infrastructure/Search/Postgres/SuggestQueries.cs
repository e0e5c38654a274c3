using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// The header's autocomplete: categories whose name contains or nearly spells the text (only those with listed
/// products), then products by name (contains, close spelling, or words). Both read the same folded text.
/// </summary>
internal static class SuggestQueries
{
    public const int MaxCategories = 3;

    public static NpgsqlBatchCommand Categories(SearchText text) => WithText(new NpgsqlBatchCommand($"""
        SELECT c.name, c.slug
        FROM categories c
        WHERE (search_fold(c.name) LIKE '%' || search_fold(@like) || '%' OR search_fold(c.name) %> search_fold(@text))
          AND EXISTS (SELECT 1 FROM product_search s WHERE s.category_ids @> ARRAY[c.id])
        ORDER BY search_fold(c.name) LIKE search_fold(@like) || '%' DESC,
                 word_similarity(search_fold(@text), search_fold(c.name)) DESC, c.name, c.id
        LIMIT {MaxCategories}
        """), text);

    public static NpgsqlBatchCommand Products(SearchText text, int limit)
    {
        var command = WithText(new NpgsqlBatchCommand("""
            SELECT s.name, s.slug, s.image_url, s.price_min, s.currency
            FROM product_search s
            WHERE s.search_text LIKE '%' || search_fold(@like) || '%'
               OR s.search_text %> search_fold(@text)
               OR s.search_vector @@ websearch_to_tsquery('english', search_fold(@text))
            ORDER BY s.search_text LIKE search_fold(@like) || '%' DESC,
                     word_similarity(search_fold(@text), s.search_text) DESC, s.sales_count DESC, s.product_id
            LIMIT @limit
            """), text);
        command.Parameters.AddWithValue("limit", limit);
        return command;
    }

    public static async Task ReadCategoriesAsync(NpgsqlDataReader reader, List<SearchSuggestion> into, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
            into.Add(new SearchSuggestion(SuggestionKind.Category, reader.GetString(0), $"/c/{reader.GetString(1)}", null, null));
    }

    public static async Task ReadProductsAsync(NpgsqlDataReader reader, List<SearchSuggestion> into, CancellationToken cancellationToken)
    {
        while (await reader.ReadAsync(cancellationToken))
            into.Add(new SearchSuggestion(SuggestionKind.Product, reader.GetString(0), $"/p/{reader.GetString(1)}",
                reader.IsDBNull(2) ? null : reader.GetString(2), new Money(reader.GetDecimal(3), reader.GetString(4).Trim())));
    }

    private static NpgsqlBatchCommand WithText(NpgsqlBatchCommand command, SearchText text)
    {
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text.Value });
        command.Parameters.Add(new NpgsqlParameter("like", NpgsqlDbType.Text) { Value = text.LikeEscaped });
        return command;
    }
}
