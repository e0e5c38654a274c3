using Commerce.Core.Common;
using ShoppingCart = Commerce.Core.Cart.Cart;

namespace Commerce.Core.Tests.Cart;

public class CartMerge
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AddsGuestQuantitiesAndKeepsOwnCoupon()
    {
        var mine = new ShoppingCart("USD", Now, customerId: 1);
        mine.AddItem(7, 1, new Money(10m, "USD"), Now);
        mine.ApplyCoupon("MINE");
        var guest = new ShoppingCart("USD", Now);
        guest.AddItem(7, 2, new Money(10m, "USD"), Now);
        guest.AddItem(8, 1, new Money(5m, "USD"), Now);
        guest.ApplyCoupon("GUEST");

        mine.MergeFrom(guest, Now);

        Assert.Equal(3, mine.Items.Single(i => i.VariantId == 7).Quantity);
        Assert.Equal(4, mine.ItemCount);
        Assert.Equal("MINE", mine.CouponCode);
    }

    [Fact]
    public void TakesTheGuestCouponWhenItHasNone()
    {
        var mine = new ShoppingCart("USD", Now, customerId: 1);
        var guest = new ShoppingCart("USD", Now);
        guest.ApplyCoupon("GUEST");

        mine.MergeFrom(guest, Now);

        Assert.Equal("GUEST", mine.CouponCode);
    }

    [Fact]
    public void CapsMergedLinesAtTheLineMaximumInsteadOfFailingTheLogIn()
    {
        var mine = new ShoppingCart("USD", Now, customerId: 1);
        mine.AddItem(7, 60, new Money(1m, "USD"), Now);
        var guest = new ShoppingCart("USD", Now);
        guest.AddItem(7, 50, new Money(1m, "USD"), Now);
        guest.AddItem(8, 1, new Money(1m, "USD"), Now);

        mine.MergeFrom(guest, Now);

        Assert.Equal(ShoppingCart.MaxQuantityPerLine, mine.Items.Single(i => i.VariantId == 7).Quantity);
        Assert.Contains(mine.Items, i => i.VariantId == 8);
    }

    [Fact]
    public void RefusesACartInAnotherCurrency()
    {
        var mine = new ShoppingCart("USD", Now, customerId: 1);
        var guest = new ShoppingCart("EUR", Now);

        Assert.Throws<DomainException>(() => mine.MergeFrom(guest, Now));
    }
}
