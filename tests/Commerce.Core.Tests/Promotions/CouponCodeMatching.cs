using Commerce.Core.Promotions;

using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Promotions;

public class CouponCodeMatching
{
    [Theory]
    [InlineData("SAVE10", true)]
    [InlineData("save10", true)]
    [InlineData("  Save10 ", true)]
    [InlineData("SAVE1", false)]
    public void IgnoresCaseAndSurroundingSpaces(string entered, bool matches)
    {
        Assert.Equal(matches, CouponEvaluator.CodeMatches(PercentOff(10, code: "save10"), entered));
    }
}
