using Commerce.Core.Catalog.Search;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Search.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Commerce.Infrastructure.Tests.Seeding;

/// <summary>
/// The typo benchmark of docs/search-quality.md: misspellings generated from the demo catalog's own product-name words
/// (every word of four or more letters, each spoilt in the five ways a shopper spoils it, at a position chosen by a
/// seeded random), searched as typed. A misspelling that is itself a catalog word is left out: it is not a typo then.
/// "Found first": the first result is the product the word spelt right puts first, or its name holds the word meant
/// (search page); the same for the first product suggestion (autocomplete). The strict share (name holds the word) is
/// printed too: it also counts ranking, e.g. "sport" finds "Sports Squeeze Bottle" first, spelt right or not.
/// </summary>
[Collection(SeededDemoStoreCollection.Name)]
public sealed class DemoStoreMisspellings(SeededDemoStore store, ITestOutputHelper output)
{
    public const double Required = 0.95;

    [Fact]
    public async Task AtLeastNinetyFivePercentFindTheProductMeantFirst()
    {
        var contexts = store.Host.Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();
        var search = new PostgresProductSearch(contexts);
        var (words, terms) = await store.Host.QueryAsync(async db => (
            await db.Database.SqlQueryRaw<string>("""
                SELECT DISTINCT w AS "Value" FROM product_search s CROSS JOIN LATERAL search_text_words(search_fold(s.name)) w
                WHERE length(w) >= 4 AND w ~ '^[a-z]+$' ORDER BY 1
                """).ToListAsync(),
            (await db.Database.SqlQueryRaw<string>("SELECT term AS \"Value\" FROM search_terms").ToListAsync()).ToHashSet()));
        var set = Misspellings.Of(words, new Random(14)).Where(m => !terms.Contains(m.Typed)).ToList();

        async Task<string?> FirstFound(string text) => (await search.SearchAsync(new ProductQuery { Text = text })).Items.FirstOrDefault()?.Name;
        async Task<string?> FirstSuggested(string text) =>
            (await search.SuggestAsync(text, 6)).FirstOrDefault(s => s.Kind == SuggestionKind.Product)?.Label;
        var rightFirst = new Dictionary<string, (string? Found, string? Suggested)>();
        foreach (var word in words) rightFirst[word] = (await FirstFound(word), await FirstSuggested(word));

        var (pageHits, strictHits, suggestHits, misses) = (0, 0, 0, new List<string>());
        foreach (var (typed, meant, kind) in set)
        {
            var first = await FirstFound(typed);
            var suggested = await FirstSuggested(typed);
            if (Holds(first, meant)) strictHits++;
            if (Holds(first, meant) || (first is not null && first == rightFirst[meant].Found)) pageHits++;
            else misses.Add($"{typed} ({kind} of {meant}) → {first ?? "nothing"}");
            if (Holds(suggested, meant) || (suggested is not null && suggested == rightFirst[meant].Suggested)) suggestHits++;
        }

        var pageShare = (double)pageHits / set.Count;
        var suggestShare = (double)suggestHits / set.Count;
        output.WriteLine($"{set.Count} misspellings of {words.Count} words; search page {pageHits} ({pageShare:P1}), "
            + $"strictly {strictHits} ({(double)strictHits / set.Count:P1}); autocomplete {suggestHits} ({suggestShare:P1})");
        misses.ForEach(output.WriteLine);
        Assert.True(set.Count >= 100, $"only {set.Count} misspellings");
        Assert.True(pageShare >= Required, $"search page: {pageShare:P1} found first; misses: {string.Join("; ", misses)}");
        Assert.True(suggestShare >= Required, $"autocomplete: {suggestShare:P1} found first");
    }

    private static bool Holds(string? name, string word) =>
        name is not null && System.Text.RegularExpressions.Regex.Split(Misspellings.Fold(name), "[^a-z0-9]+").Contains(word);
}

/// <summary>One wrong, missing, extra, doubled or swapped letter in a word.</summary>
public static class Misspellings
{
    public static IEnumerable<(string Typed, string Meant, string Kind)> Of(IEnumerable<string> words, Random random)
    {
        foreach (var word in words)
        {
            int At(int length) => random.Next(length);
            char Letter(char not) { char c; do c = (char)('a' + random.Next(26)); while (c == not); return c; }
            var i = At(word.Length);
            yield return (word[..i] + Letter(word[i]) + word[(i + 1)..], word, "wrong letter");
            i = At(word.Length);
            yield return (word.Remove(i, 1), word, "missing letter");
            i = At(word.Length + 1);
            yield return (word.Insert(i, Letter(' ').ToString()), word, "extra letter");
            i = At(word.Length);
            yield return (word.Insert(i, word[i].ToString()), word, "doubled letter");
            var swaps = Enumerable.Range(0, word.Length - 1).Where(j => word[j] != word[j + 1]).ToList();
            i = swaps[At(swaps.Count)];
            yield return (word[..i] + word[i + 1] + word[i] + word[(i + 2)..], word, "swapped letters");
        }
    }

    public static string Fold(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
}
