using Commerce.Core.Catalog;
using Commerce.Core.Common;
using Commerce.Infrastructure.Catalog.Images;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Admin.Products;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Commerce.Web.Admin.Categories;

public sealed record CategoryNodeRow(int Id, int? ParentId, string Name, string Slug, bool IsActive, int SortOrder, int ProductCount, int Depth);

public sealed class CategoryInput
{
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Description { get; set; }
    public string? ImageUrl { get; set; }
    public string? SeoTitle { get; set; }
    public string? SeoDescription { get; set; }
    public bool IsActive { get; set; } = true;
}

/// <summary>The category tree editor: create, rename, move (cycles refused by Category.MoveUnder), reorder, activate, image, delete when empty.</summary>
public sealed class CategoriesService(IDbContextFactory<CommerceDbContext> contexts, ImageProcessor images)
{
    /// <summary>Every category in tree order (parents before children, siblings by sort order), with its own product count.</summary>
    public async Task<IReadOnlyList<CategoryNodeRow>> TreeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Categories.AsNoTracking()
            .Select(c => new { c.Id, c.ParentId, c.Name, c.Slug, c.IsActive, c.SortOrder, Products = db.Products.Count(p => p.CategoryId == c.Id) })
            .ToListAsync(cancellationToken);
        var children = all.ToLookup(c => c.ParentId);
        var rows = new List<CategoryNodeRow>();
        void Walk(int? parent, int depth)
        {
            foreach (var c in children[parent].OrderBy(c => c.SortOrder).ThenBy(c => c.Name))
            {
                rows.Add(new CategoryNodeRow(c.Id, c.ParentId, c.Name, c.Slug, c.IsActive, c.SortOrder, c.Products, depth));
                if (depth < 20) Walk(c.Id, depth + 1);
            }
        }
        Walk(null, 0);
        return rows;
    }

    public async Task<CategoryInput?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Categories.AsNoTracking().Where(c => c.Id == id).Select(c => new CategoryInput
        {
            Name = c.Name, Slug = c.Slug, Description = c.Description, ImageUrl = c.ImageUrl, SeoTitle = c.SeoTitle, SeoDescription = c.SeoDescription, IsActive = c.IsActive,
        }).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<SaveResult> CreateAsync(string name, int? parentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var parent = parentId is { } p ? await db.Categories.SingleOrDefaultAsync(c => c.Id == p, cancellationToken) : null;
        if (parentId is not null && parent is null) return SaveResult.Invalid.On("Parent", "That parent no longer exists.");
        string slug;
        try { slug = Slug.From(name); }
        catch (DomainException ex) { return SaveResult.Invalid.On("Name", ex.Message); }
        var candidate = slug;
        for (var n = 2; await db.Categories.AnyAsync(c => c.Slug == candidate, cancellationToken); n++) candidate = $"{slug}-{n}";
        var order = await db.Categories.Where(c => c.ParentId == parentId).Select(c => (int?)c.SortOrder).MaxAsync(cancellationToken) ?? -1;
        try
        {
            var category = new Category(name, candidate, parent, order + 1);
            db.Categories.Add(category);
            await db.SaveChangesAsync(cancellationToken);
            return new SaveResult.Saved(category.Id);
        }
        catch (DomainException ex) { return SaveResult.Invalid.On("Name", ex.Message); }
    }

    public async Task<SaveResult> SaveAsync(int id, CategoryInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null) return SaveResult.Invalid.On("Name", "This category no longer exists.");
        var errors = new Dictionary<string, string>();
        var slug = input.Slug.Trim();
        if (!Slug.IsValid(slug)) errors[nameof(input.Slug)] = "Use lower-case letters, digits and single hyphens.";
        else if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, cancellationToken)) errors[nameof(input.Slug)] = $"Another category already uses {slug}.";
        try { category.Rename(input.Name); }
        catch (DomainException ex) { errors[nameof(input.Name)] = ex.Message; }
        if (input.SeoTitle?.Length > 200) errors[nameof(input.SeoTitle)] = "At most 200 characters.";
        if (input.SeoDescription?.Length > 400) errors[nameof(input.SeoDescription)] = "At most 400 characters.";
        if (errors.Count > 0) return new SaveResult.Invalid(errors);
        category.ChangeSlug(slug);
        category.Describe(Blank(input.Description), Blank(input.ImageUrl), Blank(input.SeoTitle), Blank(input.SeoDescription));
        if (input.IsActive) category.Activate(); else category.Deactivate();
        try { await db.SaveChangesAsync(cancellationToken); }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return SaveResult.Invalid.On(nameof(input.Slug), $"Another category already uses {slug}.");
        }
        return new SaveResult.Saved(id);
    }

    /// <summary>Moves a category under another (null: to the top level), last among its new siblings.</summary>
    public async Task<SaveResult> MoveAsync(int id, int? newParentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Categories.ToListAsync(cancellationToken); // the whole tree, so MoveUnder sees every ancestor
        var category = all.SingleOrDefault(c => c.Id == id);
        var parent = newParentId is { } p ? all.SingleOrDefault(c => c.Id == p) : null;
        if (category is null || (newParentId is not null && parent is null)) return SaveResult.Invalid.On("Parent", "That category no longer exists.");
        try { category.MoveUnder(parent); }
        catch (DomainException ex) { return SaveResult.Invalid.On("Parent", ex.Message); }
        category.Reorder(all.Where(c => c.ParentId == newParentId && c.Id != id).Select(c => c.SortOrder).DefaultIfEmpty(-1).Max() + 1);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult.Saved(id);
    }

    /// <summary>Swaps a category with its previous (-1) or next (+1) sibling.</summary>
    public async Task ReorderAsync(int id, int by, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null) return;
        var siblings = await db.Categories.Where(c => c.ParentId == category.ParentId).OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(cancellationToken);
        var index = siblings.IndexOf(category);
        if (index + by < 0 || index + by >= siblings.Count) return;
        (siblings[index], siblings[index + by]) = (siblings[index + by], siblings[index]);
        for (var i = 0; i < siblings.Count; i++) siblings[i].Reorder(i);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Deletes an empty category; one with products or subcategories is refused with what to move first.</summary>
    public async Task<SaveResult> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var products = await db.Products.CountAsync(p => p.CategoryId == id, cancellationToken);
        if (products > 0) return SaveResult.Invalid.On("Delete", $"It still has {products} product(s); move them to another category first (Products → select → Move to category).");
        if (await db.Categories.AnyAsync(c => c.ParentId == id, cancellationToken)) return SaveResult.Invalid.On("Delete", "It has subcategories; move or delete them first.");
        await db.Categories.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken);
        return new SaveResult.Saved(id);
    }

    public async Task<SaveResult> UploadImageAsync(int id, Stream file, CancellationToken cancellationToken = default)
    {
        var stored = await images.StoreAsync($"categories/{id}", file, cancellationToken);
        if (stored is ImageUploadResult.Refused refused) return SaveResult.Invalid.On("Image", refused.Reason);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null) return SaveResult.Invalid.On("Image", "This category no longer exists.");
        category.Describe(category.Description, ((ImageUploadResult.Stored)stored).Url, category.SeoTitle, category.SeoDescription);
        await db.SaveChangesAsync(cancellationToken);
        return new SaveResult.Saved(id);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
