using Commerce.Core.Inventory;

namespace Commerce.Web.Admin.Inventory;

public sealed record InventoryGridQuery(string? Text, int? WarehouseId, bool LowOnly, string? SortBy, bool Descending, int Page, int PageSize);

/// <summary>One variant in one warehouse.</summary>
public sealed record StockRow(int VariantId, int ProductId, string ProductName, string VariantName, string Sku, int WarehouseId, string Warehouse,
    int OnHand, int Reserved, int ReorderPoint, int ReorderQuantity)
{
    public int Available => InventoryLevel.AvailableOf(OnHand, Reserved);
    public bool NeedsReorder => Available <= ReorderPoint;
}

public sealed record StockPage(IReadOnlyList<StockRow> Rows, int Total);

public sealed record MovementRow(long Id, DateTimeOffset OccurredAt, string Warehouse, int Delta, MovementReason Reason, int ResultingOnHand, string Actor, string? Note);

public sealed record WarehouseOption(int Id, string Code, string Name);

public sealed record VariantHeader(int VariantId, int ProductId, string ProductName, string VariantName, string Sku);
