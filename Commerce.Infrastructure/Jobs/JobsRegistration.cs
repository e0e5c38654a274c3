using Commerce.Infrastructure.Persistence;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// The store's recurring jobs. Where this process runs the job server, the recurring jobs are (re)registered
    /// with Hangfire at start.
    /// </summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<CartCleanupJob>();
        services.AddScoped<AbandonedCartJob>();
        services.AddScoped<BackInStockJob>();
        services.AddScoped<LowStockAlertJob>();
        services.AddScoped<StatsRefreshJob>();
        services.AddScoped<SearchReindexJob>();
        services.AddScoped<ReservationExpiryJob>();
        services.AddScoped<CatalogImportJob>();
        services.AddSingleton<Catalog.Csv.CatalogImporter>();
        services.AddSingleton<Catalog.Csv.CatalogExporter>();
        services.AddScoped<VendorPayoutJob>();

        if (JobSettings(builder.Configuration).RunsServerHere) services.AddHostedService<RecurringJobRegistrar>();
        return builder;
    }

    /// <summary>Hangfire's storage in the store's database and, where configured, its server in this process.</summary>
    public static IHostApplicationBuilder AddJobServer(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.StoreConnectionString();
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
        if (builder.Configuration.GetValue($"{JobOptions.Section}:RunServer", true))
            builder.Services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        return builder;
    }

    private static JobOptions JobSettings(IConfiguration configuration) =>
        configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
}
