using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Npgsql;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// The page of product cards: every filter, the chosen sort with product_id as tie-breaker, LIMIT/OFFSET.
/// A category page without text walks <c>product_category_listing</c> (one row per product and each category on its
/// path, with the sort keys; see the CategoryListing migration): its (category, sort key) indexes give the page in
/// order whatever the category's size, and however its prices are spread over the catalog; the page is chosen on that
/// narrow table alone and only its rows are joined to <c>product_search</c>. Refined listings filter first, then sort
/// (see <see cref="RefinedFromSearchTable"/>). Other listings read <c>product_search</c>, whose sort indexes match each
/// sort but relevance exactly.
/// </summary>
internal static class ListingPageQuery
{
    private const string Columns =
        "s.product_id, s.slug, s.name, s.vendor_name, s.image_url, s.image_alt, s.price_min, s.price_max, s.compare_at, s.currency, s.in_stock";

    public static NpgsqlBatchCommand Command(ListingFilter filter, ProductQuery query, int page, int pageSize)
    {
        var byCategory = filter.Text is null && query.CategoryIds.Count > 0 && filter.Refinements.Count == 0;
        var command = new NpgsqlBatchCommand(byCategory ? FromCategoryListing(filter, query)
            : filter.Refinements.Count > 0 ? RefinedFromSearchTable(filter, query)
            : FromSearchTable(filter, query));
        filter.AddParameters(command.Parameters);
        command.Parameters.AddWithValue("limit", pageSize);
        command.Parameters.AddWithValue("offset", (page - 1) * pageSize);
        // ProductQuery.CategoryIds lists the category first, then its descendants; every product below it has it on its path.
        if (byCategory) command.Parameters.AddWithValue("listing_category", query.CategoryIds[0]);
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

    private static string FromSearchTable(ListingFilter filter, ProductQuery query) => $"""
        SELECT {Columns}
        FROM product_search s
        WHERE {filter.All}
        ORDER BY {Order(filter, query, "s")}
        LIMIT @limit OFFSET @offset
        """;

    private static string FromCategoryListing(ListingFilter filter, ProductQuery query)
    {
        var order = Order(filter, query, "l");
        return $"""
            SELECT {Columns}
            FROM (SELECT l.product_id, l.price_min, l.sales_count, l.published_at
                  FROM product_category_listing l
                  WHERE l.category_id = @listing_category{(query.InStockOnly ? " AND l.in_stock" : "")}
                  ORDER BY {order}
                  LIMIT @limit OFFSET @offset) l
            JOIN product_search s ON s.product_id = l.product_id
            ORDER BY {order}
            """;
    }

    // Refinements (a colour and a size, a price band) often pick a few products whose share the planner cannot know
    // (option values correlate), and walking a sort index in the hope of meeting them can read a whole category. The
    // OFFSET 0 fence makes PostgreSQL find the matching rows first (bitmaps of the array indexes combined), then sort
    // them: a few ms for a rare combination, some tens for a broad one, never a walk of the catalog.
    private static string RefinedFromSearchTable(ListingFilter filter, ProductQuery query) => $"""
        SELECT s.*
        FROM (SELECT {Columns}, s.sales_count, s.published_at{RelevanceColumn(filter)}
              FROM product_search s
              WHERE {filter.All}
              OFFSET 0) s
        ORDER BY {Order(filter, query, "s")}
        LIMIT @limit OFFSET @offset
        """;

    // What the relevance order reads, carried through the fence.
    private static string RelevanceColumn(ListingFilter filter) =>
        filter.Text is null ? "" : ", s.search_vector, s.search_text, s.skus, s.sku_text";

    private static string Order(ListingFilter filter, ProductQuery query, string table) =>
        (filter.Text is null && query.Sort == ProductSort.Relevance ? ProductSort.Newest : query.EffectiveSort) switch
        {
            ProductSort.Relevance => filter.RelevanceOrder() + ", s.product_id",
            ProductSort.PriceLowHigh => $"{table}.price_min, {table}.product_id",
            ProductSort.PriceHighLow => $"{table}.price_min DESC, {table}.product_id DESC",
            ProductSort.BestSelling => $"{table}.sales_count DESC, {table}.product_id",
            _ => $"{table}.published_at DESC NULLS LAST, {table}.product_id DESC",
        };
}
