using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>The abandoned-cart reminder, rendered from the cart as it is now (it may have changed or gone).</summary>
internal static class CartEmails
{
    public static async Task<RenderResult> RenderAsync(CommerceDbContext db, OutboxEmail email, EmailLayout layout, StoreBranding brand,
        CancellationToken cancellationToken)
    {
        var cart = Guid.TryParse(email.Value(EmailData.CartId), out var cartId)
            ? await db.Carts.AsNoTracking().Include(c => c.Items).SingleOrDefaultAsync(c => c.Id == cartId, cancellationToken)
            : null;
        if (cart is null) return RenderResult.Skip("The cart no longer exists.");
        if (cart.IsEmpty) return RenderResult.Skip("The cart is empty now.");
        if (cart.PendingOrderId is not null) return RenderResult.Skip("An order was placed from this cart.");

        var variantIds = cart.Items.Select(i => i.VariantId).ToList();
        var names = await db.Variants.AsNoTracking().Where(v => variantIds.Contains(v.Id))
            .Select(v => new { v.Id, Product = v.Product.Name, Variant = v.Name })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var lines = cart.Items.Select(i => names.TryGetValue(i.VariantId, out var n)
            ? new EmailLine(n.Product, n.Variant == "Default" ? null : n.Variant, i.Quantity, i.LineTotal.Format())
            : new EmailLine("An item", null, i.Quantity, i.LineTotal.Format()));

        return RenderResult.Send(layout.Compose("You left something in your cart", "Your cart is saved and waiting for you.", body => body
            .Heading("Still thinking it over?")
            .Paragraph($"You left {cart.ItemCount} item{(cart.ItemCount == 1 ? "" : "s")} in your cart at {brand.Name}. We've saved it for you.")
            .Lines(lines)
            .Totals(("Subtotal", cart.Subtotal.Format()))
            .Button("Return to your cart", brand.Link("/cart?resume=" + Uri.EscapeDataString(cart.Token)))
            .Note("Prices and availability are confirmed at checkout.")));
    }
}
