using Commerce.Core.Catalog;
using Commerce.Core.Inventory;

namespace Commerce.Web.Admin.Products;

public enum StockFilter { Any, InStock, Low, SoldOut }

/// <summary>What the products grid asks for: filters, a sort and a page (0-based).</summary>
public sealed record ProductGridQuery(string? Text, ProductStatus? Status, int? CategoryId, int? VendorId, StockFilter Stock, bool? Featured,
    string? SortBy, bool Descending, int Page, int PageSize);

public sealed record ProductRow(int Id, string Name, string Sku, ProductStatus Status, string Category, string Vendor, decimal Price, string Currency,
    bool IsFeatured, int VariantCount, int Available, bool TrackInventory, bool AllowBackorder, string? ImageUrl, DateTimeOffset UpdatedAt)
{
    public StockState Stock => StockState.For(Available, TrackInventory, AllowBackorder);
}

public sealed record ProductGridPage(IReadOnlyList<ProductRow> Rows, int Total);

public sealed record LookupOption(int Id, string Name);

/// <summary>Saving: the id (and slug) saved, or a message per field with nothing changed.</summary>
public abstract record SaveResult
{
    public sealed record Saved(int Id, string? Message = null) : SaveResult;
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : SaveResult
    {
        public static Invalid On(string field, string message) => new(new Dictionary<string, string> { [field] = message });
    }
}

public sealed record BulkResult(int Changed, IReadOnlyList<string> Problems);
