using Commerce.Infrastructure.Identity;
using Commerce.Web.Admin.Dashboard;
using Commerce.Web.Hosting;
using Commerce.Web.Storefront.Account;
using Commerce.Web.Storefront.Cart;
using Commerce.Web.Storefront.Catalog;
using Commerce.Web.Storefront.Checkout;
using Commerce.Web.Storefront.Orders;
using Commerce.Web.Storefront.Seo;
using Commerce.Web.Vendor.Dashboard;
using Microsoft.AspNetCore.Identity;

namespace Commerce.Web;

/// <summary>The slice services the pages call, one per feature folder.</summary>
internal static class StoreFeatures
{
    public static IServiceCollection AddStoreFeatures(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<CategoryTreeService>();
        services.AddScoped<ProductDetailsService>();
        services.AddScoped<HomeService>();
        services.AddScoped<BackInStockService>();
        services.AddScoped<ShopperContext>();
        services.AddScoped<CartService>();
        services.AddScoped<GuestCartMerge>();
        services.AddScoped<CheckoutService>();
        services.AddScoped<OrderViewService>();
        services.AddTrackingRateLimit();
        services.AddScoped<SitemapService>();
        services.AddScoped<Admin.Emails.EmailsService>();
        services.AddScoped<Admin.Coupons.CouponsService>();
        services.AddScoped<Admin.Products.ProductsService>();
        services.AddScoped<Admin.Products.ProductEditorService>();
        services.AddScoped<Admin.Products.ProductImagesService>();
        services.AddScoped<Admin.Inventory.InventoryService>();
        services.AddScoped<Admin.Categories.CategoriesService>();
        services.AddScoped<Admin.CatalogImport.CatalogImportService>();
        services.AddScoped<Admin.Orders.OrdersService>();
        services.AddScoped<Admin.Audit.AuditLogService>();
        services.AddScoped<DashboardService>();
        services.AddScoped<Admin.Customers.CustomersService>();
        services.AddScoped<Admin.Reports.ReportsService>();
        services.AddScoped<VendorDashboardService>();
        services.AddScoped<Vendor.Orders.VendorOrdersService>();
        services.AddScoped<Vendor.Products.VendorProductsService>();
        services.AddScoped<Vendor.Payouts.VendorPayoutsService>();
        services.AddScoped<Storefront.Sell.VendorApplicationService>();
        services.AddScoped<Storefront.Vendors.VendorShopService>();
        services.AddScoped<Admin.Vendors.VendorsAdminService>();
        services.AddScoped<Admin.Payouts.PayoutsAdminService>();
        services.AddScoped<CustomerSignup>();
        services.AddScoped<AccountEmailLinks>();
        services.AddAuditActor();
        // After AddIdentityCore: puts the display name in the login cookie for the storefront header.
        services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, StoreClaimsPrincipalFactory>();
        return services;
    }
}
