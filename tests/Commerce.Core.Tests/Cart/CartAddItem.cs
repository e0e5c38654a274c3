using Commerce.Core.Common;
using ShoppingCart = Commerce.Core.Cart.Cart;

namespace Commerce.Core.Tests.Cart;

public class CartAddItem
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MergesQuantityWhenVariantAlreadyInCart()
    {
        var cart = new ShoppingCart("USD", Now);

        cart.AddItem(variantId: 7, quantity: 2, new Money(10m, "USD"), Now);
        cart.AddItem(variantId: 7, quantity: 3, new Money(9m, "USD"), Now);

        var line = Assert.Single(cart.Items);
        Assert.Equal(5, line.Quantity);
        Assert.Equal(new Money(9m, "USD"), line.Price);
        Assert.Equal(5, cart.ItemCount);
    }

    [Fact]
    public void SumsLinesIntoTheSubtotal()
    {
        var cart = new ShoppingCart("USD", Now);
        cart.AddItem(1, 2, new Money(10.50m, "USD"), Now);
        cart.AddItem(2, 1, new Money(4.25m, "USD"), Now);

        Assert.Equal(new Money(25.25m, "USD"), cart.Subtotal);
    }

    [Fact]
    public void RefusesMoreThanTheLineMaximum()
    {
        var cart = new ShoppingCart("USD", Now);
        cart.AddItem(7, 98, new Money(1m, "USD"), Now);

        Assert.Throws<DomainException>(() => cart.AddItem(7, 2, new Money(1m, "USD"), Now));
        Assert.Equal(98, Assert.Single(cart.Items).Quantity);
    }

    [Fact]
    public void RefusesZeroQuantityOrNegativePrice()
    {
        var cart = new ShoppingCart("USD", Now);

        Assert.Throws<DomainException>(() => cart.AddItem(7, 0, new Money(1m, "USD"), Now));
        Assert.Throws<DomainException>(() => cart.AddItem(7, 1, new Money(-1m, "USD"), Now));
    }

    [Fact]
    public void RefusesAPriceInAnotherCurrency()
    {
        var cart = new ShoppingCart("USD", Now);

        Assert.Throws<DomainException>(() => cart.AddItem(7, 1, new Money(1m, "EUR"), Now));
        Assert.True(cart.IsEmpty);
    }
}
