using Commerce.Infrastructure.Catalog.Images;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Jobs;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Search;
using Commerce.Infrastructure.Seeding;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure;

public static class InfrastructureRegistration
{
    /// <summary>
    /// Everything behind the pages, one feature per line. Each feature binds and validates its own options at start.
    /// The connection string must be known by now.
    /// </summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        builder.AddDatabase();
        builder.AddInventory();
        builder.AddOrdering();
        builder.AddPayments();
        builder.AddMarketplace();
        builder.AddProductSearch();
        builder.AddCatalogImages();
        builder.AddNotifications();
        builder.AddJobs();
        builder.AddJobServer();
        builder.AddSeeding();
        return builder;
    }
}
