using Commerce.Core.Catalog;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>"It's back" for shoppers who asked, and "running low" for administrators.</summary>
internal static class StockEmails
{
    public static async Task<RenderResult> RenderAsync(CommerceDbContext db, OutboxEmail email, EmailLayout layout, StoreBranding brand,
        CancellationToken cancellationToken)
    {
        var variant = int.TryParse(email.Value(EmailData.VariantId), out var variantId)
            ? await db.Variants.AsNoTracking().Include(v => v.Product).SingleOrDefaultAsync(v => v.Id == variantId, cancellationToken)
            : null;
        if (variant is null) return RenderResult.Skip("The product variant no longer exists.");
        var product = variant.Product;
        var variantName = variant.Name == "Default" ? null : variant.Name;

        if (email.Template == EmailTemplate.BackInStock)
        {
            if (!variant.IsPurchasable) return RenderResult.Skip("The product is no longer for sale.");
            return RenderResult.Send(layout.Compose($"{product.Name} is back in stock", "The item you asked about is available again.", body => body
                .Heading("It's back!")
                .Paragraph($"Good news: {product.Name}{(variantName is null ? "" : $" ({variantName})")} is back in stock. You asked us to let you know.")
                .Details(("Product", product.Name), ("Option", variantName), ("Price", variant.Price.Format()))
                .Button("View product", brand.Link("/p/" + Uri.EscapeDataString(product.Slug)))
                .Note("Popular items sell out quickly. This is the only email we'll send about it.")));
        }
        if (email.Template != EmailTemplate.LowStockAlert) throw new InvalidOperationException($"{email.Template} is not a stock email.");

        var levels = await db.InventoryLevels.AsNoTracking().Where(l => l.VariantId == variant.Id)
            .Select(l => new { l.OnHand, l.Reserved, l.ReorderPoint, l.ReorderQuantity }).ToListAsync(cancellationToken);
        var available = levels.Sum(l => Math.Max(0, l.OnHand - l.Reserved));
        return RenderResult.Send(layout.Compose($"Low stock: {product.Name} ({variant.Sku})", $"{available} left of {variant.Sku}.", body => body
            .Heading("Stock is running low")
            .Paragraph($"{product.Name}{(variantName is null ? "" : $" ({variantName})")} has {available} unit{(available == 1 ? "" : "s")} available.")
            .Details(("SKU", variant.Sku), ("Available", available.ToString()), ("Reserved for unpaid orders", levels.Sum(l => l.Reserved).ToString()),
                ("Reorder point", levels.Sum(l => l.ReorderPoint).ToString()), ("Suggested reorder", levels.Sum(l => l.ReorderQuantity) is > 0 and var q ? q.ToString() : null),
                ("Status", product.Status == ProductStatus.Active ? "For sale" : product.Status.ToString()))
            .Button("Review inventory", brand.Link("/admin/inventory"))));
    }
}
