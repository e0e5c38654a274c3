using Commerce.Infrastructure.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Jobs;

public static class JobsRegistration
{
    /// <summary>
    /// The email outbox and the store's recurring jobs. Where this process runs the job server, the recurring jobs
    /// are (re)registered with Hangfire at start.
    /// </summary>
    public static IHostApplicationBuilder AddNotificationsAndJobs(this IHostApplicationBuilder builder)
    {
        builder.AddNotifications();
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

        var jobs = builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (jobs.RunsServerHere) services.AddHostedService<RecurringJobRegistrar>();
        return builder;
    }
}
