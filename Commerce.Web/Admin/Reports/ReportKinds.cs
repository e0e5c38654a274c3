namespace Commerce.Web.Admin.Reports;

/// <summary>The reports there are, by their address under /admin/reports/.</summary>
public static class ReportKinds
{
    public const string Sales = "sales";
    public const string Products = "products";
    public const string Vendors = "vendors";
    public const string Categories = "categories";
    public const string Tax = "tax";
    public const string Coupons = "coupons";
    public const string Refunds = "refunds";

    public static readonly IReadOnlyList<(string Kind, string Title, string Description)> All =
    [
        (Sales, "Sales over time", "Orders, gross sales, discounts, shipping, tax, refunds and net revenue by day, week or month."),
        (Products, "Sales by product", "Units, sales and refunds of each product."),
        (Vendors, "Sales by vendor", "What each marketplace vendor sold, and its refunds."),
        (Categories, "Sales by category", "Sales of each product category."),
        (Tax, "Tax collected", "Tax charged and refunded by ship-to country and region."),
        (Coupons, "Coupons' effect", "Orders, sales and discount given with each coupon, against orders without one."),
        (Refunds, "Refunds", "Every refund the provider made in the range."),
    ];

    public static bool Exists(string kind) => All.Any(r => r.Kind == kind);
}
