using Commerce.Infrastructure.Catalog.Images;
using Commerce.Infrastructure.Inventory;
using Commerce.Infrastructure.Jobs;
using Commerce.Infrastructure.Ordering;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Search;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure;

public static class InfrastructureRegistration
{
    /// <summary>Registers the database, background jobs and adapters. The connection string must be known by now.</summary>
    public static IHostApplicationBuilder AddInfrastructure(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set. Set it, or run in Development to start a local PostgreSQL.");
        // No session state is kept between uses (only SET LOCAL inside transactions), so skip the DISCARD ALL
        // round trip that Npgsql otherwise sends each time a pooled connection is returned.
        var connectionString = new Npgsql.NpgsqlConnectionStringBuilder(configured) { NoResetOnClose = true }.ConnectionString;

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration("Database");
        builder.Services.AddCommerceDbContext(connectionString);
        builder.Services.AddSingleton<OrderNumberGenerator>();
        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddSingleton<StockChangeFeed>();
        builder.Services.AddSingleton<CatalogChanges>();
        builder.Services.AddHostedService<StockChangeListener>();

        builder.AddOrdering();
        builder.AddProductSearch();
        builder.AddCatalogImages();
        builder.AddNotificationsAndJobs();

        builder.Services.AddHealthChecks().AddDbContextCheck<CommerceDbContext>("database", tags: ["ready"]);
        builder.AddBackgroundJobs(connectionString);
        return builder;
    }

    private static void AddBackgroundJobs(this IHostApplicationBuilder builder, string connectionString)
    {
        builder.Services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(storage => storage.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                QueuePollInterval = TimeSpan.FromSeconds(1),
                UseSlidingInvisibilityTimeout = true,
                PrepareSchemaIfNecessary = true,
            }));
        if (builder.Configuration.GetValue("Jobs:RunServer", true))
            builder.Services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
    }
}
