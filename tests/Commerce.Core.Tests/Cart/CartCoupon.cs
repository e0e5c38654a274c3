using Commerce.Core.Common;
using ShoppingCart = Commerce.Core.Cart.Cart;

namespace Commerce.Core.Tests.Cart;

public class CartCoupon
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StoresTheCodeTrimmedAndUpperCased()
    {
        var cart = new ShoppingCart("USD", Now);

        cart.ApplyCoupon("  save10 ");

        Assert.Equal("SAVE10", cart.CouponCode);
        Assert.Throws<DomainException>(() => cart.ApplyCoupon(" "));
    }

    [Fact]
    public void ClearingTheCartDropsTheCoupon()
    {
        var cart = new ShoppingCart("USD", Now);
        cart.AddItem(7, 1, new Money(1m, "USD"), Now);
        cart.ApplyCoupon("SAVE10");

        cart.Clear(Now);

        Assert.True(cart.IsEmpty);
        Assert.Null(cart.CouponCode);
    }
}
