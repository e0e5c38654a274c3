using System.Text;
using Commerce.Core.Catalog.Search;
using Commerce.Core.Common;
using Commerce.Infrastructure.Persistence;
using Elastic.Clients.Elasticsearch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Search.Elasticsearch;

/// <summary>
/// <see cref="IProductSearch"/> over an Elasticsearch index: one request per listing (hits, total, facets and price
/// bounds together). Suggestions take products from the index and categories from the database, which is the
/// authority on the category tree and holds few enough rows to filter in memory.
/// </summary>
public sealed class ElasticsearchProductSearch(
    ElasticsearchClient client,
    IOptions<ElasticsearchOptions> options,
    IDbContextFactory<CommerceDbContext> contexts) : IProductSearch
{
    private const int MaxSuggestions = 20;
    private const int MaxCategorySuggestions = 3;

    public async Task<ProductSearchResult> SearchAsync(ProductQuery query, CancellationToken cancellationToken = default)
    {
        var request = ProductSearchRequest.Build(query, options.Value.IndexName);
        var response = await client.SearchAsync<ProductDocument>(request, cancellationToken);
        return ProductSearchResponse.Read(query, response.EnsureValid("search products"));
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string text, int limit, CancellationToken cancellationToken = default)
    {
        var trimmed = ProductQueryString.NormalizeText(text);
        if (trimmed is null || trimmed.Length < 2 || limit <= 0) return [];
        limit = Math.Min(limit, MaxSuggestions);

        var products = client.SearchAsync<ProductDocument>(ProductSuggestRequest.Build(trimmed, limit, options.Value.IndexName), cancellationToken);
        var categories = await CategorySuggestionsAsync(trimmed, Math.Min(limit, MaxCategorySuggestions), cancellationToken);
        var hits = (await products).EnsureValid("suggest products").Hits;

        return categories
            .Concat(hits.Select(h => h.Source).OfType<ProductDocument>().Select(d =>
                new SearchSuggestion(SuggestionKind.Product, d.Name, $"/p/{d.Slug}", d.ImageUrl, new Money(d.PriceMin, d.Currency))))
            .Take(limit)
            .ToList();
    }

    /// <summary>
    /// Shown categories whose name contains the text, those starting with it first. Both sides are folded to bare
    /// letters and digits, as the index analyses names, so "tsh" and "t-sh" both find "T-Shirts".
    /// </summary>
    private async Task<IReadOnlyList<SearchSuggestion>> CategorySuggestionsAsync(string text, int limit, CancellationToken cancellationToken)
    {
        var folded = Fold(text);
        if (folded.Length == 0) return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var chains = await CategoryChains.LoadAsync(db, cancellationToken);
        return chains.Rows
            .Where(c => chains.ActiveIds.Contains(c.Id))
            .Select(c => (Category: c, Name: Fold(c.Name)))
            .Where(c => c.Name.Contains(folded, StringComparison.Ordinal))
            .OrderBy(c => c.Name.StartsWith(folded, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.Category.Name, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .Select(c => new SearchSuggestion(SuggestionKind.Category, c.Category.Name, $"/c/{c.Category.Slug}", null, null))
            .ToList();
    }

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
            if (char.IsLetterOrDigit(ch)) folded.Append(char.ToLowerInvariant(ch));
        return folded.ToString();
    }
}
