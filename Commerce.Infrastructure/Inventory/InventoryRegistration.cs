using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Inventory;

public static class InventoryRegistration
{
    /// <summary>Atomic stock reservations and the feed that tells open product pages when stock changes.</summary>
    public static IHostApplicationBuilder AddInventory(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<InventoryReservations>();
        builder.Services.AddSingleton<StockAdjustments>();
        builder.Services.AddSingleton<StockChangeFeed>();
        builder.Services.AddHostedService<StockChangeListener>();
        return builder;
    }
}
