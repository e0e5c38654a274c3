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
    public const string AwaitingFulfilment = "/admin/orders?fulfilment=unfulfilled&status=paid";
    public const string LowStock = "/admin/inventory?lowStock=true";
    public const string VendorApplications = "/admin/vendors?status=pending";

    public static string PaidOrders(DayRange range) => $"/admin/orders?{RangeQuery(range)}&payment=paid";
    public static string Order(Guid id) => $"/admin/orders/{id}";

    public static string Customer(int id) => $"/admin/customers/{id}";
    public static string Coupon(int id) => $"/admin/coupons/{id}";

    public static string SalesReport(DayRange range, SalesInterval interval = SalesInterval.Day) =>
        $"/admin/reports/sales?{RangeQuery(range)}&by={interval.ToString().ToLowerInvariant()}";

    public static string ReportBy(string report, DayRange range) => $"/admin/reports/{report}?{RangeQuery(range)}";

    public static string RangeQuery(DayRange range) => $"from={range.From:yyyy-MM-dd}&to={range.To:yyyy-MM-dd}";
}
