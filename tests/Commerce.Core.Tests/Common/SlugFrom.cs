using Commerce.Core.Common;

namespace Commerce.Core.Tests.Common;

public class SlugFrom
{
    [Theory]
    [InlineData("Café Crème", "cafe-creme")]
    [InlineData("  Hello, World!  ", "hello-world")]
    [InlineData("T-Shirt -- XL (2024)", "t-shirt-xl-2024")]
    public void StripsAccentsAndPunctuation(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Fact]
    public void RefusesTextWithNoLettersOrDigits()
    {
        Assert.Throws<DomainException>(() => Slug.From("!!! ---"));
    }
}
