using Commerce.Core.Common;
using ShoppingCart = Commerce.Core.Cart.Cart;

namespace Commerce.Core.Tests.Cart;

public class CartExpiry
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ExpiresAWeekAfterTheLastChange()
    {
        var cart = new ShoppingCart("USD", Now);
        Assert.Equal(Now.AddDays(7), cart.ExpiresAt);

        cart.AddItem(7, 1, new Money(1m, "USD"), Now.AddDays(3));

        Assert.Equal(Now.AddDays(10), cart.ExpiresAt);
    }

    [Fact]
    public void AChangeAfterAReminderAllowsAnotherReminder()
    {
        var cart = new ShoppingCart("USD", Now);
        cart.MarkReminderSent(Now.AddDays(1));

        cart.AddItem(7, 1, new Money(1m, "USD"), Now.AddDays(2));

        Assert.Null(cart.ReminderSentAt);
    }
}
