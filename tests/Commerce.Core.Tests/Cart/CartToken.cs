using ShoppingCart = Commerce.Core.Cart.Cart;

namespace Commerce.Core.Tests.Cart;

public class CartToken
{
    [Fact]
    public void IsUrlSafeAndDifferentForEveryCart()
    {
        var now = DateTimeOffset.UtcNow;
        var first = new ShoppingCart("USD", now).Token;
        var second = new ShoppingCart("USD", now).Token;

        Assert.NotEqual(first, second);
        Assert.Equal(43, first.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", first);
    }
}
