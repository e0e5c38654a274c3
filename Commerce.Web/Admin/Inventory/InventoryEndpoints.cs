using System.Globalization;
using System.Text;
using Commerce.Web.Admin.Products;
using Commerce.Web.Security;
using Commerce.Infrastructure.Catalog.Csv;

namespace Commerce.Web.Admin.Inventory;

/// <summary>The low-stock report as a CSV file (Admin only).</summary>
public static class InventoryEndpoints
{
    public static void MapInventoryEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/inventory/low-stock.csv", async (InventoryService inventory, CancellationToken cancellationToken) =>
        {
            var rows = await inventory.LowStockAsync(CatalogScope.Store, cancellationToken);
            var csv = CsvText.Write(["Product", "Variant", "SKU", "Warehouse", "OnHand", "Reserved", "Available", "ReorderPoint", "ReorderQuantity"],
                rows.Select(r => new[] { r.ProductName, r.VariantName, r.Sku, r.Warehouse, Number(r.OnHand), Number(r.Reserved), Number(r.Available),
                    Number(r.ReorderPoint), Number(r.ReorderQuantity) }));
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"low-stock-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        }).RequireAuthorization(Policies.Admin);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
