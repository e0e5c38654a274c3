using Commerce.Core.Common;

namespace Commerce.Core.Catalog;

/// <summary>One purchasable combination of a product's options, e.g. "Large / Blue".</summary>
public class ProductVariant : IAuditable
{
    private Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    private ProductVariant() { }

    internal ProductVariant(Product product, string sku, IReadOnlyDictionary<string, string> options, decimal? priceOverride, int sortOrder)
    {
        Product = product;
        Sku = Common.Sku.Normalize(sku);
        _options = new Dictionary<string, string>(options, StringComparer.OrdinalIgnoreCase);
        Name = options.Count == 0 ? "Default" : string.Join(" / ", options.Values);
        SetPrice(priceOverride, null);
        SortOrder = sortOrder;
        IsActive = true;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public Product Product { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public string? Barcode { get; private set; }
    public IReadOnlyDictionary<string, string> Options => _options;
    public decimal? PriceOverride { get; private set; }
    public decimal? CompareAtPrice { get; private set; }
    public string? ImageUrl { get; private set; }
    public bool IsActive { get; private set; }
    public int SortOrder { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>What the shopper pays for one unit: the variant's own price, else the product's.</summary>
    public Money Price => new(PriceOverride ?? Product.BasePrice, Product.Currency);

    public Money? WasPrice
    {
        get
        {
            var compareAt = CompareAtPrice ?? Product.CompareAtPrice;
            return compareAt is { } value && value > Price.Amount ? new Money(value, Product.Currency) : null;
        }
    }

    public bool IsPurchasable => IsActive && Product.Status == ProductStatus.Active;

    public void SetPrice(decimal? priceOverride, decimal? compareAtPrice)
    {
        if (priceOverride is { } price) Guard.NotNegative(price, "Variant price");
        if (compareAtPrice is { } compare) Guard.NotNegative(compare, "Compare-at price");
        PriceOverride = priceOverride;
        CompareAtPrice = compareAtPrice;
    }

    public void ShowImage(string? imageUrl) => ImageUrl = imageUrl;
    internal void ChangeSku(string normalizedSku) => Sku = normalizedSku;
    public void MoveTo(int sortOrder) => SortOrder = sortOrder;
    public void SetBarcode(string? barcode) => Barcode = barcode;
    public void Activate() => IsActive = true;
    public void Deactivate() => IsActive = false;

    public string? Option(string name) => _options.GetValueOrDefault(name);
}
