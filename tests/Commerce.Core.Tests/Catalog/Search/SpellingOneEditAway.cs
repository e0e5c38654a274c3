using Commerce.Core.Catalog.Search;

namespace Commerce.Core.Tests.Catalog.Search;

public class SpellingOneEditAway
{
    [Theory]
    [InlineData("hoddie", "hoodie")] // wrong letter
    [InlineData("jaket", "jacket")] // missing letter
    [InlineData("jeens", "jeans")] // wrong letter
    [InlineData("jeanns", "jeans")] // doubled letter
    [InlineData("jeasn", "jeans")] // swapped letters
    [InlineData("sweaater", "sweater")] // extra letter
    public void ReachesTheWordMeantFromEachKindOfTypo(string typed, string meant) =>
        Assert.Contains(meant, Spelling.OneEditAway(typed));

    [Fact]
    public void DoesNotReachWordsTwoEditsAway()
    {
        var edits = Spelling.OneEditAway("hodie");

        Assert.DoesNotContain("hoodies", edits);
        Assert.DoesNotContain("hodie", edits);
    }

    [Fact]
    public void HoldsEachEditOnceForAFiveLetterWord()
    {
        // 5 deletions + 4 swaps + 6×26 insertions + 5×25 substitutions, less the duplicates a set removes.
        var edits = Spelling.OneEditAway("jeans");

        Assert.InRange(edits.Count, 250, 5 + 4 + 156 + 125);
        Assert.All(edits, e => Assert.InRange(e.Length, 4, 6));
    }
}

public class SpellingBestOf
{
    [Fact]
    public void PicksTheWordThatNamesTheMostProducts() =>
        Assert.Equal("jeans", Spelling.BestOf([("beans", 1), ("jeans", 12), ("means", 3)]));

    [Fact]
    public void BreaksTiesBySpellingSoTheOrderGivenDoesNotMatter()
    {
        Assert.Equal("coat", Spelling.BestOf([("goat", 2), ("coat", 2)]));
        Assert.Equal("coat", Spelling.BestOf([("coat", 2), ("goat", 2)]));
    }

    [Fact]
    public void NeverCorrectsToAWordShorterThanFourLetters() => Assert.Equal("book", Spelling.BestOf([("boo", 9), ("book", 1)]));

    [Fact]
    public void HasNothingToPickFromNoCandidates() => Assert.Null(Spelling.BestOf([]));

    [Theory]
    [InlineData("jeens", true)]
    [InlineData("bok", true)]
    [InlineData("ab", false)]
    [InlineData("xl42", false)]
    public void CorrectsWordsOneEditFromAFourLetterWordButNoCodes(string word, bool correctable) =>
        Assert.Equal(correctable, Spelling.IsCorrectable(word));
}
