using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Commerce.Web.Storefront.Catalog;

public sealed record CategoryNode(int Id, string Name, string Slug, string? ImageUrl, IReadOnlyList<CategoryNode> Children)
{
    public IEnumerable<CategoryNode> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);
}

/// <summary>The active category tree, read in one query and cached briefly: every storefront page shows it.</summary>
public sealed class CategoryTreeService(IDbContextFactory<CommerceDbContext> contexts, IMemoryCache cache)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(60);

    public async Task<IReadOnlyList<CategoryNode>> GetTreeAsync(CancellationToken cancellationToken = default) =>
        (await cache.GetOrCreateAsync("category-tree", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await db.Categories.AsNoTracking().Where(c => c.IsActive)
                .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
                .Select(c => new { c.Id, c.ParentId, c.Name, c.Slug, c.ImageUrl })
                .ToListAsync(cancellationToken);
            var byParent = rows.ToLookup(r => r.ParentId);
            IReadOnlyList<CategoryNode> Build(int? parentId) =>
                byParent[parentId].Select(r => new CategoryNode(r.Id, r.Name, r.Slug, r.ImageUrl, Build(r.Id))).ToList();
            return Build(null);
        }))!;

    public async Task<CategoryNode?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        (await GetTreeAsync(cancellationToken)).SelectMany(n => n.SelfAndDescendants()).FirstOrDefault(n => n.Slug == slug);

    /// <summary>The chain from the root down to the category, for breadcrumbs.</summary>
    public async Task<IReadOnlyList<CategoryNode>> PathToAsync(int categoryId, CancellationToken cancellationToken = default)
    {
        foreach (var root in await GetTreeAsync(cancellationToken))
            if (Path(root, categoryId) is { } path) return path;
        return [];
    }

    private static List<CategoryNode>? Path(CategoryNode node, int id)
    {
        if (node.Id == id) return [node];
        foreach (var child in node.Children)
            if (Path(child, id) is { } path) { path.Insert(0, node); return path; }
        return null;
    }
}
