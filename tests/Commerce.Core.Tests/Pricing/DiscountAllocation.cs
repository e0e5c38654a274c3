using Commerce.Core.Pricing;
using Commerce.Core.Promotions;
using static Commerce.Core.Tests.Pricing.Given;

namespace Commerce.Core.Tests.Pricing;

public class DiscountAllocation
{
    [Fact]
    public void SplitsTenDollarsOverThreeEqualLinesAsThreeThirtyFourThenThreeThirtyThree()
    {
        var quote = Priced(CartOf(Line("Red Tee", 20m), Line("Blue Tee", 20m), Line("Green Tee", 20m)) with { Coupon = AmountOff(10) });

        Assert.Equal([Usd(3.34m), Usd(3.33m), Usd(3.33m)], quote.Lines.Select(line => line.Discount));
        Assert.Equal(Usd(10.00m), quote.Discount);
    }

    [Fact]
    public void FollowsTheLinesSubtotals()
    {
        var quote = Priced(CartOf(Line("Socks", 10m), Line("Cap", 20m), Line("Jacket", 70m)) with { Coupon = AmountOff(15) });

        Assert.Equal([Usd(1.50m), Usd(3.00m), Usd(10.50m)], quote.Lines.Select(line => line.Discount));
    }

    [Fact]
    public void GivesTheLeftoverCentToTheLargestRemainder()
    {
        // Exact shares are 0.202, 0.404 and 0.404: the tie between the two $20 lines goes to the first.
        var shares = ProportionalAllocation.Allocate(Usd(1.01m), [Usd(10m), Usd(20m), Usd(20m)]);

        Assert.Equal([Usd(0.20m), Usd(0.41m), Usd(0.40m)], shares);
    }

    [Fact]
    public void BreaksEqualRemaindersInFavourOfTheBiggestLine()
    {
        // Exact shares are 0.005 and 0.015: both half a cent over.
        var shares = ProportionalAllocation.Allocate(Usd(0.02m), [Usd(10m), Usd(30m)]);

        Assert.Equal([Usd(0m), Usd(0.02m)], shares);
    }

    [Fact]
    public void GivesNothingToLinesThatWeighNothing()
    {
        var shares = ProportionalAllocation.Allocate(Usd(10m), [Usd(20m), Usd(0m), Usd(20m)]);

        Assert.Equal([Usd(5.00m), Usd(0m), Usd(5.00m)], shares);
    }

    [Theory]
    [InlineData(13)]
    [InlineData(33)]
    [InlineData(71)]
    public void LineDiscountsAddUpToTheHeaderDiscount(int percent)
    {
        var cart = CartOf(Line("A", 0.99m, 3), Line("B", 17.49m), Line("C", 3.33m, 7), Line("D", 129.95m), Line("E", 0.01m));

        var quote = Priced(cart with { Coupon = PercentOff(percent) });

        var expected = Usd(quote.Subtotal.Amount * percent / 100m).Round();
        Assert.Equal(expected, quote.Discount);
        Assert.Equal(quote.Discount, Usd(quote.Lines.Sum(line => line.Discount.Amount)));
    }
}
