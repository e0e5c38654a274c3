using Commerce.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Seeding;

public static class SeedingRegistration
{
    /// <summary>The roles and first administrator, the demo store and the large benchmark catalog.</summary>
    public static IHostApplicationBuilder AddSeeding(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AdminAccountOptions>().BindConfiguration(AdminAccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IdentityBootstrapper>();
        services.AddScoped<DemoStoreSeeder>();
        services.AddScoped<LargeCatalogSeeder>();
        return builder;
    }
}
