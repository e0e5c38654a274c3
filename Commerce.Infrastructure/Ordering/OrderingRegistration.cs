using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Promotions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Ordering;

internal static class OrderingRegistration
{
    public static void AddOrdering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CheckoutOptions>().BindConfiguration(CheckoutOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<InventoryReservations>();
        builder.Services.AddSingleton<Inventory.StockAdjustments>();
        builder.Services.AddSingleton<CouponReservations>();
        builder.Services.AddSingleton<CouponDiagnosis>();
        builder.Services.AddSingleton<CartPricing>();
        builder.Services.AddSingleton<OrderSettlement>();
        builder.Services.AddSingleton<OrderPlacement>();
        builder.Services.AddSingleton<OrderCancellation>();
        builder.AddPayments();
    }
}
