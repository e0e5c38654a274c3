using Commerce.Infrastructure.Promotions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Ordering;

public static class OrderingRegistration
{
    /// <summary>Cart pricing, coupon reservations, placing, settling and cancelling orders.</summary>
    public static IHostApplicationBuilder AddOrdering(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CheckoutOptions>().BindConfiguration(CheckoutOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CouponReservations>();
        builder.Services.AddSingleton<CouponDiagnosis>();
        builder.Services.AddSingleton<CartPricing>();
        builder.Services.AddSingleton<OrderSettlement>();
        builder.Services.AddSingleton<OrderPlacement>();
        builder.Services.AddSingleton<OrderCancellation>();
        builder.Services.AddSingleton<OrderFulfilment>();
        return builder;
    }
}
