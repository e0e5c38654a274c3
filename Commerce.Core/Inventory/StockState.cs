namespace Commerce.Core.Inventory;

public enum StockStatus
{
    InStock,
    LowStock,
    SoldOut,
    Backorder,
}

/// <summary>What the shopper is told about a variant's stock: "In stock", "Only 3 left", "Sold out", "Backorder".</summary>
public readonly record struct StockState(StockStatus Status, int Available)
{
    public const int LowStockThreshold = 5;

    public static StockState For(int available, bool trackInventory, bool allowBackorder) =>
        !trackInventory ? new(StockStatus.InStock, int.MaxValue)
        : available > LowStockThreshold ? new(StockStatus.InStock, available)
        : available > 0 ? new(StockStatus.LowStock, available)
        : allowBackorder ? new(StockStatus.Backorder, 0)
        : new(StockStatus.SoldOut, 0);

    public bool CanBuy => Status != StockStatus.SoldOut;

    public string Label => Status switch
    {
        StockStatus.InStock => "In stock",
        StockStatus.LowStock => $"Only {Available} left",
        StockStatus.Backorder => "Backorder",
        _ => "Sold out",
    };
}
