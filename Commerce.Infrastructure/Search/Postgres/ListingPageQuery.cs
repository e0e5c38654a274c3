using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Npgsql;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// The page of product cards: every filter, the chosen sort with product_id as tie-breaker, LIMIT/OFFSET. Each sort
/// but relevance matches an index of the migration exactly (direction and NULLS included), so a category page
/// reads its first rows off the index instead of sorting the whole category.
/// </summary>
internal static class ListingPageQuery
{
    public static NpgsqlBatchCommand Command(ListingFilter filter, ProductQuery query, int page, int pageSize)
    {
        var command = new NpgsqlBatchCommand($"""
            SELECT s.product_id, s.slug, s.name, s.vendor_name, s.image_url, s.image_alt,
                   s.price_min, s.price_max, s.compare_at, s.currency, s.in_stock
            FROM product_search s
            WHERE {filter.All}
            ORDER BY {Order(filter, query)}
            LIMIT @limit OFFSET @offset
            """);
        filter.AddParameters(command.Parameters);
        command.Parameters.AddWithValue("limit", pageSize);
        command.Parameters.AddWithValue("offset", (page - 1) * pageSize);
        return command;
    }

    public static async Task<IReadOnlyList<ProductSummary>> ReadAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var items = new List<ProductSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var currency = reader.GetString(9).Trim();
            var priceMin = reader.GetDecimal(6);
            var compareAt = reader.IsDBNull(8) ? (decimal?)null : reader.GetDecimal(8);
            items.Add(new ProductSummary(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                new Money(priceMin, currency),
                compareAt > priceMin ? new Money(compareAt.Value, currency) : null,
                reader.GetDecimal(7) > priceMin,
                reader.GetBoolean(10)));
        }
        return items;
    }

    private static string Order(ListingFilter filter, ProductQuery query) => (filter.Text is null && query.Sort == ProductSort.Relevance
            ? ProductSort.Newest
            : query.EffectiveSort) switch
    {
        ProductSort.Relevance => filter.RelevanceOrder() + ", s.product_id",
        ProductSort.PriceLowHigh => "s.price_min, s.product_id",
        ProductSort.PriceHighLow => "s.price_min DESC, s.product_id DESC",
        ProductSort.BestSelling => "s.sales_count DESC, s.product_id",
        _ => "s.published_at DESC NULLS LAST, s.product_id DESC",
    };
}
