namespace Commerce.Core.Catalog;

/// <summary>A slug a product had before; its old address answers with a permanent redirect to the current one.</summary>
public class ProductSlugRedirect
{
    private ProductSlugRedirect() { }

    public ProductSlugRedirect(string oldSlug, int productId, DateTimeOffset changedAt)
    {
        OldSlug = oldSlug;
        ProductId = productId;
        ChangedAt = changedAt;
    }

    public int Id { get; private set; }
    public string OldSlug { get; private set; } = "";
    public int ProductId { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
}
