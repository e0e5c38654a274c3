using Commerce.Core.Common;

namespace Commerce.Core.Catalog;

public class Category : IAuditable
{
    private readonly List<Category> _children = [];

    private Category() { }

    public Category(string name, string slug, Category? parent = null, int sortOrder = 0)
    {
        Rename(name);
        ChangeSlug(slug);
        Parent = parent;
        ParentId = parent?.Id;
        parent?._children.Add(this);
        SortOrder = sortOrder;
        IsActive = true;
    }

    public int Id { get; private set; }
    public int? ParentId { get; private set; }
    public Category? Parent { get; private set; }
    public IReadOnlyCollection<Category> Children => _children;
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? Description { get; private set; }
    public string? ImageUrl { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }
    public string? SeoTitle { get; private set; }
    public string? SeoDescription { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public void Rename(string name) => Name = Guard.NotBlank(name, "Category name", 100);

    public void ChangeSlug(string slug) =>
        Slug = Common.Slug.IsValid(slug) ? slug : throw new DomainException($"'{slug}' is not a valid slug.");

    public void Describe(string? description, string? imageUrl, string? seoTitle = null, string? seoDescription = null)
    {
        Description = description;
        ImageUrl = imageUrl;
        SeoTitle = seoTitle;
        SeoDescription = seoDescription;
    }

    public void MoveUnder(Category? parent)
    {
        for (var ancestor = parent; ancestor is not null; ancestor = ancestor.Parent)
            if (ReferenceEquals(ancestor, this) || (Id != 0 && ancestor.Id == Id))
                throw new DomainException("A category cannot be moved under itself or its own descendant.");
        Parent?._children.Remove(this);
        parent?._children.Add(this);
        Parent = parent;
        ParentId = parent?.Id;
    }

    public void Activate() => IsActive = true;
    public void Deactivate() => IsActive = false;
    public void Reorder(int sortOrder) => SortOrder = sortOrder;
}
