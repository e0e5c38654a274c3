using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// Product search on PostgreSQL itself, over the <c>product_search</c> table that database triggers keep in step
/// with the catalog (see the ProductSearch migration). Each call is one round trip: a batch whose statements share
/// one implicit transaction, so the trigram threshold set by the first applies to the others.
/// A listing batch: set the threshold (with close spellings only), the page of products, then total + facets + price bounds.
/// A suggestion batch: set the threshold, categories, products.
/// </summary>
/// <remarks>
/// Text is matched by its words first. When they find nothing, misspelt words are corrected against the catalog's
/// word list (<see cref="SpellingCorrection"/>) and the corrected words are searched. Close spellings (pg_trgm over
/// every name) are looked for only when the words find less than <see cref="WordsEnough"/> products and nothing could
/// be corrected: a word that already fills pages does not pay for a trigram scan of the catalog. A short probe (at
/// most that many rows) decides, so a text listing takes two round trips, four with a correction.
/// </remarks>
internal sealed class PostgresProductSearch(IDbContextFactory<CommerceDbContext> contexts) : IPagedProductSearch
{
    public const int MaxPageSize = 100;
    public const int MaxSuggestions = 20;
    public const int WordsEnough = ProductQuery.DefaultPageSize;

    public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        var (page, counts) = await ReadAsync(query, withCounts: true, cancellationToken);
        return new ProductSearchResult(page.Items, counts!.Total, page.Page, page.PageSize, counts.ToFacets(query), counts.PriceBounds)
        {
            CorrectedText = page.CorrectedText,
        };
    }

    public async Task<ListingPage> PageAsync(ProductQuery query, CancellationToken cancellationToken = default) =>
        (await ReadAsync(query, withCounts: false, cancellationToken)).Page;

    private async Task<(ListingPage Page, FacetCounts? Counts)> ReadAsync(ProductQuery query, bool withCounts, CancellationToken cancellationToken)
    {
        var (page, pageSize) = Clamp(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (filter, corrected) = await FilterAsync(db, query, cancellationToken);
        await using var batch = await NewBatchAsync(db, cancellationToken);
        if (filter.CloseSpellings) batch.BatchCommands.Add(SimilarityThreshold(filter.Text!));
        batch.BatchCommands.Add(ListingPageQuery.Command(filter, query, page, pageSize));
        if (withCounts) batch.BatchCommands.Add(ListingFacetsQuery.Command(filter));

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (filter.CloseSpellings) await reader.NextResultAsync(cancellationToken);
        var items = await ListingPageQuery.ReadAsync(reader, cancellationToken);
        FacetCounts? counts = null;
        if (withCounts && await reader.NextResultAsync(cancellationToken)) counts = await ListingFacetsQuery.ReadAsync(reader, cancellationToken);
        return (new ListingPage(items, page, pageSize) { CorrectedText = corrected }, counts);
    }

    private static (int Page, int PageSize) Clamp(ProductQuery query) =>
        (Math.Clamp(query.Page, 1, ProductQuery.MaxPage), Math.Clamp(query.PageSize, 1, MaxPageSize));

    // Words first; when they find nothing, the text with its misspelt words corrected (no trigram scan); when nothing
    // can be corrected, or the words find a few, close spellings of whole names as well.
    private static async Task<(ListingFilter Filter, string? Corrected)> FilterAsync(CommerceDbContext db, ProductQuery query, CancellationToken cancellationToken)
    {
        var words = new ListingFilter(query, closeSpellings: false);
        if (words.Text is null) return (words, null);
        await using var batch = await NewBatchAsync(db, cancellationToken);
        var probe = new NpgsqlBatchCommand($"SELECT count(*)::integer FROM (SELECT 1 FROM product_search s WHERE {words.All} LIMIT {WordsEnough}) found");
        words.AddParameters(probe.Parameters);
        batch.BatchCommands.Add(probe);
        var found = (int)(await batch.ExecuteScalarAsync(cancellationToken))!;
        if (found >= WordsEnough) return (words, null);
        if (found == 0 && await SpellingCorrection.CorrectAsync(Connection(db), words.Text, keepPrefixes: false, cancellationToken) is { } corrected)
            return (new ListingFilter(query with { Text = corrected }, closeSpellings: false, rankBySpelling: true), corrected);
        return (new ListingFilter(query, closeSpellings: true), null);
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var searchText = SearchText.From(text);
        if (searchText is null || searchText.Value.Length < 2 || limit < 1) return [];

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var suggestions = await SuggestAsync(db, searchText, limit, cancellationToken);
        if (suggestions.Any(s => s.Kind == SuggestionKind.Product)) return suggestions;
        // Nothing for what was typed: try it with its misspelt words corrected (words still being typed are left alone).
        var corrected = await SpellingCorrection.CorrectAsync(Connection(db), searchText, keepPrefixes: true, cancellationToken);
        return corrected is null ? suggestions : await SuggestAsync(db, SearchText.From(corrected)!, limit, cancellationToken);
    }

    private static async Task<List<SearchSuggestion>> SuggestAsync(CommerceDbContext db, SearchText searchText, int limit, CancellationToken cancellationToken)
    {
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

    private static NpgsqlConnection Connection(CommerceDbContext db) => (NpgsqlConnection)db.Database.GetDbConnection();

    private static async Task<NpgsqlBatch> NewBatchAsync(CommerceDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return Connection(db).CreateBatch();
    }

    // set_config(..., is_local => true) lasts until the end of the batch's implicit transaction.
    private static NpgsqlBatchCommand SimilarityThreshold(SearchText text)
    {
        var command = new NpgsqlBatchCommand("SELECT set_config('pg_trgm.word_similarity_threshold', @threshold, true)");
        command.Parameters.AddWithValue("threshold", text.SimilarityThreshold);
        return command;
    }
}
