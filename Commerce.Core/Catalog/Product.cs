using Commerce.Core.Common;

namespace Commerce.Core.Catalog;

public class Product : IAuditable
{
    private readonly List<ProductVariant> _variants = [];
    private readonly List<ProductImage> _images = [];

    private Product() { }

    public Product(int vendorId, int categoryId, string name, string slug, string sku, Money basePrice)
    {
        VendorId = vendorId;
        CategoryId = categoryId;
        Rename(name);
        ChangeSlug(slug);
        Sku = Common.Sku.Normalize(sku);
        Currency = basePrice.Currency;
        BasePrice = Guard.NotNegative(basePrice.Amount, "Price");
        Status = ProductStatus.Draft;
        TrackInventory = true;
        Dimensions = Dimensions.None;
    }

    public int Id { get; private set; }
    public int VendorId { get; private set; }
    public int CategoryId { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? ShortDescription { get; private set; }
    public string? Description { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal BasePrice { get; private set; }
    public decimal? CompareAtPrice { get; private set; }
    public decimal? CostPrice { get; private set; }
    public string Sku { get; private set; } = "";
    public string? Barcode { get; private set; }
    public Dimensions Dimensions { get; private set; } = Dimensions.None;
    public string? SeoTitle { get; private set; }
    public string? SeoDescription { get; private set; }
    public ProductStatus Status { get; private set; }
    public bool IsFeatured { get; private set; }
    public bool IsDigital { get; private set; }
    public bool TrackInventory { get; private set; }
    public bool AllowBackorder { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>Units sold, refreshed by a background job; drives "best selling".</summary>
    public int SalesCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyCollection<ProductVariant> Variants => _variants;
    public IReadOnlyCollection<ProductImage> Images => _images;

    public Money Price => new(BasePrice, Currency);

    public void Rename(string name) => Name = Guard.NotBlank(name, "Product name", 200);

    public void ChangeSlug(string slug) =>
        Slug = Common.Slug.IsValid(slug) ? slug : throw new DomainException($"'{slug}' is not a valid slug.");

    public void Describe(string? shortDescription, string? description)
    {
        ShortDescription = shortDescription?.Trim();
        Description = description?.Trim();
    }

    public void SetSeo(string? title, string? description)
    {
        SeoTitle = title;
        SeoDescription = description;
    }

    public void Reprice(Money basePrice, decimal? compareAtPrice = null, decimal? costPrice = null)
    {
        if (basePrice.Currency != Currency) throw new DomainException($"Product is priced in {Currency}.");
        BasePrice = Guard.NotNegative(basePrice.Amount, "Price");
        CompareAtPrice = compareAtPrice is { } c ? Guard.NotNegative(c, "Compare-at price") : null;
        CostPrice = costPrice is { } cost ? Guard.NotNegative(cost, "Cost price") : null;
    }

    public void MoveToCategory(int categoryId) => CategoryId = categoryId;
    public void AssignVendor(int vendorId) => VendorId = vendorId;
    public void ChangeSku(string sku) => Sku = Common.Sku.Normalize(sku);

    public void SetFlags(bool featured, bool digital, bool trackInventory, bool allowBackorder)
    {
        IsFeatured = featured;
        IsDigital = digital;
        SetInventoryPolicy(trackInventory, allowBackorder);
    }

    /// <summary>Moves to draft, active (published, by <see cref="Publish"/>'s rule) or archived.</summary>
    public void ChangeStatus(ProductStatus status, DateTimeOffset now)
    {
        switch (status)
        {
            case ProductStatus.Active: Publish(now); break;
            case ProductStatus.Archived: Archive(); break;
            default: Unpublish(); break;
        }
    }

    public GrossMargin? Margin => GrossMargin.Of(Price, CostPrice);
    public void SetShipping(Dimensions dimensions, bool isDigital) => (Dimensions, IsDigital) = (dimensions, isDigital);
    public void SetBarcode(string? barcode) => Barcode = barcode;
    public void Feature(bool featured = true) => IsFeatured = featured;

    public void SetInventoryPolicy(bool trackInventory, bool allowBackorder)
    {
        TrackInventory = trackInventory;
        AllowBackorder = trackInventory && allowBackorder;
    }

    public ProductVariant AddVariant(string sku, IReadOnlyDictionary<string, string> options, decimal? priceOverride = null)
    {
        var normalized = Common.Sku.Normalize(sku);
        if (_variants.Any(v => v.Sku == normalized))
            throw new DomainException($"SKU {normalized} is already used by this product.");
        if (_variants.Any(v => SameOptions(options, v.Options)))
            throw new DomainException($"A variant with options {string.Join(" / ", options.Values)} already exists.");
        var variant = new ProductVariant(this, normalized, options, priceOverride, _variants.Count);
        _variants.Add(variant);
        return variant;
    }

    /// <summary>Gives a variant a new SKU, refusing one another variant of this product already has.</summary>
    public void ChangeVariantSku(ProductVariant variant, string sku)
    {
        var normalized = Common.Sku.Normalize(sku);
        if (_variants.Any(v => !ReferenceEquals(v, variant) && v.Sku == normalized))
            throw new DomainException($"SKU {normalized} is already used by another variant of this product.");
        variant.ChangeSku(normalized);
    }

    public ProductImage AddImage(string url, string altText)
    {
        var image = new ProductImage(url, altText, _images.Count, isPrimary: _images.Count == 0);
        _images.Add(image);
        return image;
    }

    public void MakePrimary(ProductImage image)
    {
        if (!_images.Contains(image)) throw new DomainException("That image belongs to another product.");
        foreach (var each in _images) each.IsPrimary = ReferenceEquals(each, image);
    }

    /// <summary>Moves an image to a new place in the gallery (0 = first) and renumbers the rest.</summary>
    public void MoveImage(ProductImage image, int newIndex)
    {
        var ordered = _images.OrderBy(i => i.SortOrder).ToList();
        if (!ordered.Remove(image)) throw new DomainException("That image belongs to another product.");
        ordered.Insert(Math.Clamp(newIndex, 0, ordered.Count), image);
        for (var i = 0; i < ordered.Count; i++) ordered[i].SortOrder = i;
    }

    /// <summary>Removes an image; when it was the primary one, the next image in order becomes primary.</summary>
    public void RemoveImage(ProductImage image)
    {
        if (!_images.Remove(image)) throw new DomainException("That image belongs to another product.");
        var ordered = _images.OrderBy(i => i.SortOrder).ToList();
        for (var i = 0; i < ordered.Count; i++) ordered[i].SortOrder = i;
        if (image.IsPrimary && ordered.Count > 0) ordered[0].IsPrimary = true;
        foreach (var variant in _variants.Where(v => v.ImageUrl == image.Url)) variant.ShowImage(null);
    }

    /// <summary>Publishing needs at least one active variant, so a shopper never meets a product they cannot buy.</summary>
    public void Publish(DateTimeOffset now)
    {
        if (!_variants.Any(v => v.IsActive))
            throw new DomainException("A product needs at least one active variant before it can be published.");
        Status = ProductStatus.Active;
        PublishedAt ??= now;
    }

    public void Unpublish() => Status = ProductStatus.Draft;
    public void Archive() => Status = ProductStatus.Archived;

    /// <summary>The option names in display order, e.g. ["Size", "Colour"].</summary>
    public IReadOnlyList<string> OptionNames() =>
        _variants.SelectMany(v => v.Options.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool SameOptions(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && string.Equals(v, kv.Value, StringComparison.OrdinalIgnoreCase));
}
