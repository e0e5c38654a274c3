using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class SlugValidity
{
    [Fact]
    public void AcceptsLowerCaseWordsJoinedByHyphens()
    {
        Assert.True(Slug.IsValid("summer-sale-2026"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Summer-Sale")]
    [InlineData("summer--sale")]
    [InlineData("-summer")]
    [InlineData("summer sale")]
    public void RejectsAnythingSlugFromWouldNotProduce(string? slug)
    {
        Assert.False(Slug.IsValid(slug));
    }

    [Fact]
    public void AnswersFalseRatherThanThrowingForPunctuationOnly()
    {
        Assert.False(Slug.IsValid("---"));
    }

    [Fact]
    public void RejectsSlugsLongerThanTwoHundredCharacters()
    {
        Assert.True(Slug.IsValid(new string('a', 200)));
        Assert.False(Slug.IsValid(new string('a', 201)));
    }
}
