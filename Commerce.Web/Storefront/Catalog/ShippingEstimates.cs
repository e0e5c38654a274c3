using Commerce.Core.Common;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Catalog;

internal static class ShippingEstimates
{
    /// <summary>"Free standard shipping over $75 · arrives in 3–6 business days", from the cheapest active method.</summary>
    public static async Task<string> DescribeAsync(CommerceDbContext db, bool isDigital, CancellationToken cancellationToken)
    {
        if (isDigital) return "Delivered instantly by email";
        var method = await db.ShippingMethods.AsNoTracking().Where(m => m.IsActive)
            .OrderBy(m => m.Kind).ThenBy(m => m.FlatRate).ThenBy(m => m.SortOrder)
            .Select(m => new { m.Name, m.FlatRate, m.FreeAbove, m.Currency, m.MinDays, m.MaxDays })
            .FirstOrDefaultAsync(cancellationToken);
        if (method is null) return "Shipping calculated at checkout";
        var price = method.FreeAbove is { } free
            ? $"Free {method.Name.ToLowerInvariant()} shipping over {new Money(free, method.Currency)}"
            : $"{method.Name} shipping {new Money(method.FlatRate, method.Currency)}";
        return $"{price} · arrives in {method.MinDays}–{method.MaxDays} business days";
    }
}
