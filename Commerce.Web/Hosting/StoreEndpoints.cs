using Commerce.Web.Admin.Customers;
using Commerce.Web.Admin.Orders;
using Commerce.Web.Admin.Reports;
using Commerce.Web.Vendor.Payouts;
using Commerce.Web.Components;
using Commerce.Web.Storefront.Cart;
using Commerce.Web.Storefront.Seo;
using Commerce.Web.Webhooks;

namespace Commerce.Web.Hosting;

internal static class StoreEndpoints
{
    public static void MapStoreEndpoints(this WebApplication app)
    {
        // Framing is refused for every response by SecurityHeaders (frame-ancestors 'none'), not only for interactive pages.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.ContentSecurityFrameAncestorsPolicy = "'none'");
        app.MapAdditionalIdentityEndpoints();
        app.MapCartEndpoints();
        app.MapVendorStatementEndpoints();
        app.MapSeoEndpoints();
        app.MapStripeWebhook();
        app.MapCustomersCsv();
        app.MapReportsCsv();
        Admin.Inventory.InventoryEndpoints.MapInventoryEndpoints(app);
        Admin.CatalogImport.CatalogExportEndpoint.MapCatalogExport(app);
        app.MapOrdersExport();
    }
}
