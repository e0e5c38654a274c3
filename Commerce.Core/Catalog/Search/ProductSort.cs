namespace Commerce.Core.Catalog.Search;

public enum ProductSort
{
    Relevance = 0,
    Newest = 1,
    PriceLowHigh = 2,
    PriceHighLow = 3,
    BestSelling = 4,
}

public static class ProductSortNames
{
    private static readonly (ProductSort Sort, string Key, string Label)[] Table =
    [
        (ProductSort.Relevance, "relevance", "Relevance"),
        (ProductSort.Newest, "newest", "Newest"),
        (ProductSort.PriceLowHigh, "price-asc", "Price: low to high"),
        (ProductSort.PriceHighLow, "price-desc", "Price: high to low"),
        (ProductSort.BestSelling, "best-selling", "Best selling"),
    ];

    public static IReadOnlyList<(ProductSort Sort, string Key, string Label)> All => Table;

    public static string Key(this ProductSort sort) => Table.First(t => t.Sort == sort).Key;
    public static string Label(this ProductSort sort) => Table.First(t => t.Sort == sort).Label;

    public static ProductSort? Parse(string? key) =>
        Table.Where(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase)).Select(t => (ProductSort?)t.Sort).FirstOrDefault();
}
