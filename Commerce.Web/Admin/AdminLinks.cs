using Commerce.Core.Reporting;

namespace Commerce.Web.Admin;

/// <summary>
/// Addresses of the admin's filtered lists, in one place, so a dashboard figure and the list behind it cannot drift
/// apart and the navigation test can walk every one of them.
/// </summary>
public static class AdminLinks
{
    public const string Dashboard = "/admin";
    public const string Customers = "/admin/customers";
    public const string Coupons = "/admin/coupons";
    public const string Reports = "/admin/reports";

    // Lists other slices own (orders, catalog, vendors); their query strings follow those pages' filters.
    // Until a list's page exists the figure links to the nearest page that does (AdminRoutes), never to a 404.
    public static string AwaitingFulfilment => AdminRoutes.Or("/admin/orders?fulfilment=unfulfilled&status=paid", "#attention");
    public const string LowStock = "/admin/inventory/low-stock";
    public static string VendorApplications => AdminRoutes.Or("/admin/vendors?status=pending", "#attention");

    public static string PaidOrders(DayRange range) => AdminRoutes.Or($"/admin/orders?{RangeQuery(range)}&payment=paid", SalesReport(range));
    public static string Order(Guid id) => AdminRoutes.Or($"/admin/orders/{id}", "#refund-queue");

    public static string Customer(int id) => $"/admin/customers/{id}";
    public static string Coupon(int id) => $"/admin/coupons/{id}";

    public static string SalesReport(DayRange range, SalesInterval interval = SalesInterval.Day) =>
        $"/admin/reports/sales?{RangeQuery(range)}&by={interval.ToString().ToLowerInvariant()}";

    public static string ReportBy(string report, DayRange range) => $"/admin/reports/{report}?{RangeQuery(range)}";

    public static string RangeQuery(DayRange range) => $"from={range.From:yyyy-MM-dd}&to={range.To:yyyy-MM-dd}";
}
