namespace Commerce.Core.Catalog.Search;

/// <summary>
/// What a listing shows: text, category scope, filters, sort and page. Built from the URL and written back to it,
/// so a link reproduces the view. Everything from outside is clamped here, once.
/// </summary>
public sealed record ProductQuery
{
    public const int MaxTextLength = 200;
    public const int DefaultPageSize = 24;
    public const int MaxPage = 1000;

    public string? Text { get; init; }
    /// <summary>The category first, then all its descendants; empty means the whole catalog.</summary>
    public IReadOnlyList<int> CategoryIds { get; init; } = [];
    /// <summary>Selected option values by option name, e.g. Size → [M, L]. Values of one option are OR-ed.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Options { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<string> VendorSlugs { get; init; } = [];
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public bool InStockOnly { get; init; }
    public ProductSort Sort { get; init; } = ProductSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public bool HasText => !string.IsNullOrWhiteSpace(Text);
    public int Offset => (Page - 1) * PageSize;

    /// <summary>Relevance means nothing without text; listings then fall back to newest first.</summary>
    public ProductSort EffectiveSort => Sort == ProductSort.Relevance && !HasText ? ProductSort.Newest : Sort;

    public bool HasFilters => Options.Count > 0 || VendorSlugs.Count > 0 || MinPrice is not null || MaxPrice is not null || InStockOnly;

    public ProductQuery WithPage(int page) => this with { Page = Math.Clamp(page, 1, MaxPage) };
}
