using Commerce.Web.Security;

namespace Commerce.Web.Admin.Orders;

/// <summary>The orders grid as CSV, with the same filters as the grid's address. Admins only.</summary>
internal static class OrdersExportEndpoint
{
    public const string Path = "/admin/orders/export.csv";

    public static void MapOrdersExport(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, async (HttpContext context, OrdersService orders) =>
        {
            var filter = OrderFilter.Parse(name => context.Request.Query[name].FirstOrDefault());
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"orders-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv\"";
            await orders.WriteCsvAsync(filter, context.Response.Body, context.RequestAborted);
        }).RequireAuthorization(Policies.Admin);
}
