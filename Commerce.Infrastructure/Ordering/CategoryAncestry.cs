using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Ordering;

/// <summary>Category parents in memory, so a coupon scoped to "Clothing" covers a T-shirt filed under "T-Shirts".</summary>
internal sealed class CategoryAncestry(IReadOnlyDictionary<int, int?> parents)
{
    public static async Task<CategoryAncestry> LoadAsync(CommerceDbContext db, CancellationToken cancellationToken) =>
        new(await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.ParentId, cancellationToken));

    public IReadOnlyCollection<int> SelfAndAncestors(int categoryId)
    {
        var chain = new List<int>();
        for (int? id = categoryId; id is { } current && !chain.Contains(current); id = parents.GetValueOrDefault(current))
            chain.Add(current);
        return chain;
    }
}
