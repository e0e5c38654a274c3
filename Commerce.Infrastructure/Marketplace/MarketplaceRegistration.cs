using Commerce.Infrastructure.Payments.Stripe;
using IStripeClient = Stripe.IStripeClient;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Marketplace;

public static class MarketplaceRegistration
{
    /// <summary>The ledger, the payout runner and its rail: Stripe Connect when Stripe is configured, manual payouts otherwise.</summary>
    public static IHostApplicationBuilder AddMarketplace(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MarketplaceOptions>().BindConfiguration(MarketplaceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MarketplaceLedger>();
        builder.Services.AddSingleton<PayoutRunner>();
        builder.Services.AddSingleton<IPayoutRail>(services =>
        {
            var stripe = services.GetRequiredService<IOptions<StripeOptions>>().Value;
            return stripe.IsConfigured
                ? new StripeConnectPayouts(services.GetRequiredService<IStripeClient>(), services.GetRequiredService<ILogger<StripeConnectPayouts>>())
                : new ManualPayoutsOnly();
        });
        return builder;
    }
}
