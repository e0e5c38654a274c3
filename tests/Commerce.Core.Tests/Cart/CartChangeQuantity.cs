using Commerce.Core.Common;
using ShoppingCart = Commerce.Core.Cart.Cart;

namespace Commerce.Core.Tests.Cart;

public class CartChangeQuantity
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void RemovesTheLineAtZero()
    {
        var cart = new ShoppingCart("USD", Now);
        cart.AddItem(7, 2, new Money(10m, "USD"), Now);

        cart.ChangeQuantity(7, 0, Now);

        Assert.True(cart.IsEmpty);
    }

    [Fact]
    public void SetsTheQuantityWithinTheLimit()
    {
        var cart = new ShoppingCart("USD", Now);
        cart.AddItem(7, 2, new Money(10m, "USD"), Now);

        cart.ChangeQuantity(7, 4, Now);
        Assert.Equal(4, cart.ItemCount);

        Assert.Throws<DomainException>(() => cart.ChangeQuantity(7, ShoppingCart.MaxQuantityPerLine + 1, Now));
    }

    [Fact]
    public void RefusesAVariantNotInTheCart()
    {
        var cart = new ShoppingCart("USD", Now);

        Assert.Throws<DomainException>(() => cart.ChangeQuantity(7, 1, Now));
        Assert.Throws<DomainException>(() => cart.RemoveItem(7, Now));
    }
}
