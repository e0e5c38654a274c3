using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using IStripeClient = Stripe.IStripeClient;

namespace Commerce.Infrastructure.Payments;

public static class PaymentsRegistration
{
    /// <summary>Stripe when its keys are configured; otherwise the offline provider (demo store, tests).</summary>
    public static IHostApplicationBuilder AddPayments(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StripeOptions>().BindConfiguration(StripeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OfflinePaymentGateway>();
        // Decided from the bound options, not at registration, so configuration added later (test hosts) still counts.
        builder.Services.AddSingleton<IPaymentGateway>(services =>
        {
            var stripe = services.GetRequiredService<IOptions<StripeOptions>>().Value;
            return stripe.IsConfigured
                ? new StripePaymentGateway(services.GetRequiredService<IStripeClient>(), services.GetRequiredService<ILogger<StripePaymentGateway>>())
                : services.GetRequiredService<OfflinePaymentGateway>();
        });
        builder.Services.AddStripeHttpClient();
        // One client for every Stripe call (payments, refunds, payouts), all through the resilience pipeline.
        builder.Services.AddSingleton<IStripeClient>(services =>
            StripeHttp.CreateClient(services.GetRequiredService<IHttpClientFactory>(), services.GetRequiredService<IOptions<StripeOptions>>().Value));
        builder.Services.AddHealthChecks().AddCheck<PaymentProviderHealthCheck>("payments", tags: ["ready"]);
        builder.Services.AddSingleton<StripeWebhookHandler>();
        builder.Services.AddSingleton<OrderRefunds>();
        return builder;
    }
}
