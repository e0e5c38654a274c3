using Commerce.Core.Catalog.Search;
using Npgsql;
using NpgsqlTypes;

namespace Commerce.Infrastructure.Search.Postgres;

/// <summary>
/// Corrects a shopper's text against <c>search_terms</c> (the words of listed product names, see the SearchTerms
/// migration): each word of <see cref="Spelling.MinWordLength"/>+ letters the catalog does not have becomes the catalog
/// word one edit away that names the most products (<see cref="Spelling"/>), or else (typed words of four or more
/// letters) the closest term by trigram similarity ("Did you mean"). Two round trips, both over the small term table: the words and whether they are known,
/// then the candidates.
/// </summary>
internal static class SpellingCorrection
{
    /// <param name="keepPrefixes">Leave alone a word that starts a catalog word (autocomplete: the shopper is still typing it).</param>
    /// <returns>The corrected text (folded words, one space apart), or null when no word changed.</returns>
    public static async Task<string?> CorrectAsync(NpgsqlConnection connection, SearchText text, bool keepPrefixes, CancellationToken cancellationToken)
    {
        var words = await WordsAsync(connection, text, cancellationToken);
        var unknown = words.Where(w => !w.Known && !(keepPrefixes && w.Prefix) && Spelling.IsCorrectable(w.Word)).Select(w => w.Word).Distinct().ToList();
        if (unknown.Count == 0) return null;

        var corrections = await CandidatesAsync(connection, unknown, cancellationToken);
        if (corrections.Count == 0) return null;
        return string.Join(' ', words.Select(w => corrections.GetValueOrDefault(w.Word, w.Word)));
    }

    private static async Task<List<(string Word, bool Known, bool Prefix)>> WordsAsync(NpgsqlConnection connection, SearchText text, CancellationToken cancellationToken)
    {
        // search_terms.term is COLLATE "C", so the prefix test is a range read of its primary key; words hold no LIKE wildcards.
        await using var command = new NpgsqlCommand("""
            SELECT x.w,
                   EXISTS (SELECT 1 FROM search_terms t WHERE t.term = x.w),
                   EXISTS (SELECT 1 FROM search_terms t WHERE t.term LIKE x.w || '%')
            FROM unnest(regexp_split_to_array(search_fold(@text), '[^[:alnum:]]+')) WITH ORDINALITY AS x(w, n)
            WHERE x.w <> ''
            ORDER BY x.n
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("text", NpgsqlDbType.Text) { Value = text.Value });
        var words = new List<(string, bool, bool)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) words.Add((reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2)));
        return words;
    }

    private static async Task<Dictionary<string, string>> CandidatesAsync(NpgsqlConnection connection, List<string> words, CancellationToken cancellationToken)
    {
        var edits = words.ToDictionary(w => w, Spelling.OneEditAway);
        await using var batch = connection.CreateBatch();
        var exact = new NpgsqlBatchCommand("SELECT term, products FROM search_terms WHERE term = ANY (@candidates)");
        exact.Parameters.Add(new NpgsqlParameter("candidates", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = edits.Values.SelectMany(e => e).Distinct().ToArray() });
        batch.BatchCommands.Add(exact);
        foreach (var word in words.Where(w => w.Length >= Spelling.MinWordLength))
        {
            var closest = new NpgsqlBatchCommand("""
                SELECT term FROM search_terms WHERE term % @word AND length(term) >= @min_length
                ORDER BY similarity(term, @word) DESC, products DESC, term LIMIT 1
                """);
            closest.Parameters.Add(new NpgsqlParameter("word", NpgsqlDbType.Text) { Value = word });
            closest.Parameters.Add(new NpgsqlParameter("min_length", NpgsqlDbType.Integer) { Value = Spelling.MinWordLength });
            batch.BatchCommands.Add(closest);
        }

        var found = new List<(string Term, int Products)>();
        var corrections = new Dictionary<string, string>();
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) found.Add((reader.GetString(0), reader.GetInt32(1)));
        foreach (var word in words)
        {
            string? closest = null;
            if (word.Length >= Spelling.MinWordLength && await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken))
                closest = reader.GetString(0);
            var best = Spelling.BestOf(found.Where(f => edits[word].Contains(f.Term))) ?? closest;
            if (best is not null) corrections[word] = best;
        }
        return corrections;
    }
}
