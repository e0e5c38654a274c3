using Commerce.Core.Common;

namespace Commerce.Core.Catalog;

public class ProductImage
{
    private ProductImage() { }

    internal ProductImage(string url, string altText, int sortOrder, bool isPrimary)
    {
        Url = Guard.NotBlank(url, "Image URL", 500);
        AltText = Guard.NotBlank(altText, "Alt text", 200);
        SortOrder = sortOrder;
        IsPrimary = isPrimary;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string Url { get; private set; } = "";
    public string AltText { get; private set; } = "";
    public int SortOrder { get; internal set; }
    public bool IsPrimary { get; internal set; }

    public void Describe(string altText) => AltText = Guard.NotBlank(altText, "Alt text", 200);
}
