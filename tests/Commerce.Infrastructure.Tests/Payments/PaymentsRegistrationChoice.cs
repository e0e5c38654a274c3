using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Payments;
using Commerce.Infrastructure.Payments.Stripe;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Tests.Payments;

public sealed class PaymentsRegistrationChoice
{
    [Fact]
    public void WithoutStripeKeysTheOfflineProviderIsUsed()
    {
        using var services = Build([]);

        Assert.IsType<OfflinePaymentGateway>(services.GetRequiredService<IPaymentGateway>());
        Assert.False(services.GetRequiredService<IOptions<StripeOptions>>().Value.IsConfigured);
    }

    [Fact]
    public void WithStripeKeysStripeIsUsed()
    {
        using var services = Build(new()
        {
            ["Stripe:SecretKey"] = "sk_test_123",
            ["Stripe:PublishableKey"] = "pk_test_123",
            ["Stripe:WebhookSecret"] = "whsec_123",
        });

        Assert.IsType<StripePaymentGateway>(services.GetRequiredService<IPaymentGateway>());
    }

    [Fact]
    public void AHalfConfiguredStripeSectionFailsWithAClearMessage()
    {
        using var services = Build(new() { ["Stripe:SecretKey"] = "sk_test_123" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StripeOptions>>().Value);

        Assert.Contains("Stripe:WebhookSecret", error.Message);
        Assert.Contains("Stripe:PublishableKey", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddPayments();
        return builder.Services.BuildServiceProvider();
    }
}
