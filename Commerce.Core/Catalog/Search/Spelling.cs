namespace Commerce.Core.Catalog.Search;

/// <summary>
/// Typo correction against the catalog's own words: a word a shopper typed is corrected when one letter is wrong,
/// missing, extra (doubled included) or swapped with its neighbour, i.e. it is one edit away (optimal string
/// alignment distance 1) from a word that names products.
/// </summary>
public static class Spelling
{
    /// <summary>
    /// Only catalog words this long are corrected to: one edit from a 3-letter word reaches too many other words. So a
    /// typed word of three letters may be a 4-letter word with a letter missing ("bok"), never a 3-letter one.
    /// </summary>
    public const int MinWordLength = 4;

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";

    /// <summary>Every string one edit away from <paramref name="word"/> (lower-case letters, plus digits when it has any).</summary>
    public static IReadOnlySet<string> OneEditAway(string word)
    {
        var alphabet = word.Any(char.IsAsciiDigit) ? Letters + Digits : Letters;
        var edits = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i <= word.Length; i++)
        {
            if (i < word.Length) edits.Add(word.Remove(i, 1));
            if (i < word.Length - 1) edits.Add(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2)));
            foreach (var letter in alphabet)
            {
                edits.Add(word.Insert(i, letter.ToString()));
                if (i < word.Length && word[i] != letter) edits.Add(string.Concat(word.AsSpan(0, i), letter.ToString(), word.AsSpan(i + 1)));
            }
        }
        edits.Remove(word);
        edits.RemoveWhere(e => e.Length == 0);
        return edits;
    }

    /// <summary>Whether a typed word may be corrected: one edit from a catalog word long enough, and not a number or a code.</summary>
    public static bool IsCorrectable(string word) => word.Length >= MinWordLength - 1 && word.All(char.IsAsciiLetterLower);

    /// <summary>
    /// The catalog word meant: among the words one edit away that the catalog has (of <see cref="MinWordLength"/>+
    /// letters), the one naming the most products
    /// (ties by spelling, so the answer never depends on the order the database returned them in).
    /// </summary>
    public static string? BestOf(IEnumerable<(string Term, int Products)> candidates) =>
        candidates.Where(c => c.Term.Length >= MinWordLength).OrderByDescending(c => c.Products).ThenBy(c => c.Term, StringComparer.Ordinal).Select(c => c.Term).FirstOrDefault();
}
