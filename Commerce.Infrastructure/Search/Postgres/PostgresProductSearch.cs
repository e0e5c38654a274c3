using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// Product search on PostgreSQL itself, over the <c>product_search</c> table that database triggers keep in step
/// with the catalog (see the ProductSearch migration). Each call is one round trip: a batch whose statements share
/// one implicit transaction, so the trigram threshold set by the first applies to the others.
/// A listing batch: set the threshold (with text only), the page of products, then total + facets + price bounds.
/// A suggestion batch: set the threshold, categories, products.
/// </summary>
internal sealed class PostgresProductSearch(IDbContextFactory<CommerceDbContext> contexts) : IProductSearch
{
    public const int MaxPageSize = 100;
    public const int MaxSuggestions = 20;

    public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        var page = Math.Clamp(query.Page, 1, ProductQuery.MaxPage);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filter = new ListingFilter(query);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var batch = await NewBatchAsync(db, cancellationToken);
        if (filter.Text is not null) batch.BatchCommands.Add(SimilarityThreshold(filter.Text));
        batch.BatchCommands.Add(ListingPageQuery.Command(filter, query, page, pageSize));
        batch.BatchCommands.Add(ListingFacetsQuery.Command(filter));

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (filter.Text is not null) await reader.NextResultAsync(cancellationToken);
        var items = await ListingPageQuery.ReadAsync(reader, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        var counts = await ListingFacetsQuery.ReadAsync(reader, cancellationToken);

        return new ProductSearchResult(items, counts.Total, page, pageSize, counts.ToFacets(query), counts.PriceBounds);
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var searchText = SearchText.From(text);
        if (searchText is null || searchText.Value.Length < 2 || limit < 1) return [];

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var batch = await NewBatchAsync(db, cancellationToken);
        batch.BatchCommands.Add(SimilarityThreshold(searchText));
        batch.BatchCommands.Add(SuggestQueries.Categories(searchText));
        batch.BatchCommands.Add(SuggestQueries.Products(searchText, Math.Min(limit, MaxSuggestions)));

        var suggestions = new List<SearchSuggestion>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await SuggestQueries.ReadCategoriesAsync(reader, suggestions, cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        await SuggestQueries.ReadProductsAsync(reader, suggestions, cancellationToken);
        return suggestions;
    }

    private static async Task<NpgsqlBatch> NewBatchAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return ((NpgsqlConnection)db.Database.GetDbConnection()).CreateBatch();
    }

    // set_config(..., is_local => true) lasts until the end of the batch's implicit transaction.
    private static NpgsqlBatchCommand SimilarityThreshold(SearchText text)
    {
        var command = new NpgsqlBatchCommand("SELECT set_config('pg_trgm.word_similarity_threshold', @threshold, true)");
        command.Parameters.AddWithValue("threshold", text.SimilarityThreshold);
        return command;
    }
}
