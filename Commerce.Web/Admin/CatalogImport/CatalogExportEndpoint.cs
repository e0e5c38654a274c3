using Commerce.Infrastructure.Catalog.Csv;
using Commerce.Web.Security;

namespace Commerce.Web.Admin.CatalogImport;

/// <summary>The products CSV download (Admin only), streamed as it is read.</summary>
public static class CatalogExportEndpoint
{
    public static void MapCatalogExport(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/products/export.csv", async (HttpContext http, CatalogExporter exporter, CancellationToken cancellationToken) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"products-{DateTime.UtcNow:yyyy-MM-dd}.csv\"";
            await exporter.WriteAsync(http.Response.Body, vendorId: null, cancellationToken);
        }).RequireAuthorization(Policies.Admin);
}
