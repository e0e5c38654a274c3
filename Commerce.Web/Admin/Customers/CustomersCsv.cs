using System.Globalization;
using Commerce.Web.Security;

namespace Commerce.Web.Admin.Customers;

/// <summary>GET /admin/customers/export.csv?q=&amp;sort=&amp;desc= — the grid's search and order, every page of it.</summary>
public static class CustomersCsv
{
    private static readonly string[] Header = ["Id", "Name", "Email", "Registered", "Locked", "MarketingConsent", "Orders", "TotalSpent", "Currency", "CreatedAt"];

    public static void MapCustomersCsv(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/customers/export.csv", (HttpContext http, CustomersService customers, string? q, string? sort, bool? desc) =>
                Csv.WriteRowsAsync(http, $"customers-{DateTime.UtcNow:yyyyMMdd}.csv", Header,
                    Lines(customers.ExportAsync(new CustomerQuery(q, sort, desc ?? false), http.RequestAborted))))
            .RequireAuthorization(Policies.Admin);

    private static async IAsyncEnumerable<string[]> Lines(IAsyncEnumerable<CustomerRow> rows)
    {
        var c = CultureInfo.InvariantCulture;
        await foreach (var r in rows)
            yield return [r.Id.ToString(c), r.Name, r.Email, r.Registered ? "yes" : "no", r.Locked ? "yes" : "no", r.MarketingConsent ? "yes" : "no",
                r.Orders.ToString(c), r.TotalSpent.Amount.ToString("0.00", c), r.TotalSpent.Currency, r.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", c)];
    }
}
