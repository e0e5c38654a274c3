using System.Globalization;
using Commerce.Core.Catalog.Search;

namespace Commerce.Infrastructure.Search;

/// <summary>
/// The order a shopper expects facet values in, whatever their counts: sizes from small to large (XS, S, M, L,
/// XL, XXL, then numeric sizes, then anything else), vendors and every other option (colours…) alphabetically.
/// Shared by the search engines so a listing looks the same whichever one serves it.
/// </summary>
internal static class FacetValueOrder
{
    public static IReadOnlyList<FacetValue> Sort(string facetKey, IEnumerable<FacetValue> values) =>
        (string.Equals(facetKey, "size", StringComparison.OrdinalIgnoreCase)
            ? values.OrderBy(v => v.Value, SizeComparer.Instance)
            : values.OrderBy(v => v.Label, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Value, StringComparer.Ordinal))
        .ToList();

    internal sealed class SizeComparer : IComparer<string>
    {
        public static readonly SizeComparer Instance = new();

        private static readonly Dictionary<string, int> LetterSizes = new(StringComparer.OrdinalIgnoreCase)
        {
            ["XXS"] = 0, ["XS"] = 1, ["S"] = 2, ["M"] = 3, ["L"] = 4, ["XL"] = 5,
            ["XXL"] = 6, ["2XL"] = 6, ["XXXL"] = 7, ["3XL"] = 7,
        };

        public int Compare(string? x, string? y)
        {
            var (groupX, rankX) = Rank(x ?? "");
            var (groupY, rankY) = Rank(y ?? "");
            var byRank = groupX != groupY ? groupX.CompareTo(groupY) : rankX.CompareTo(rankY);
            if (byRank != 0) return byRank;
            var byName = StringComparer.OrdinalIgnoreCase.Compare(x, y);
            return byName != 0 ? byName : StringComparer.Ordinal.Compare(x, y);
        }

        // Group 0: letter sizes in wearing order; 1: numbers by value; 2: the rest, compared by name.
        private static (int Group, decimal Rank) Rank(string size)
        {
            var trimmed = size.Trim();
            if (LetterSizes.TryGetValue(trimmed, out var letter)) return (0, letter);
            if (decimal.TryParse(trimmed, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) return (1, number);
            return (2, 0);
        }
    }
}
