using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Persistence;

public static class DatabaseRegistration
{
    /// <summary>The connection string the app, the jobs and the stock listener use, tuned for this app.</summary>
    public static string StoreConnectionString(this IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set. Set it, or run in Development to start a local PostgreSQL.");
        // No session state is kept between uses (only SET LOCAL inside transactions), so skip the DISCARD ALL
        // round trip that Npgsql otherwise sends each time a pooled connection is returned.
        return new Npgsql.NpgsqlConnectionStringBuilder(configured) { NoResetOnClose = true }.ConnectionString;
    }

    /// <summary>The context, migrations at start, order numbers and the readiness check.</summary>
    public static IHostApplicationBuilder AddDatabase(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddCommerceDbContext(builder.Configuration.StoreConnectionString());
        services.AddSingleton<OrderNumberGenerator>();
        services.AddScoped<DatabaseInitializer>();
        services.AddHealthChecks().AddDbContextCheck<CommerceDbContext>("database", tags: ["ready"]);
        return builder;
    }
}
