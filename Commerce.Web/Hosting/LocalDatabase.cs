using Commerce.Infrastructure.Hosting.LocalPostgres;
using Commerce.Infrastructure.Persistence;

namespace Commerce.Web.Hosting;

internal static class LocalDatabase
{
    /// <summary>
    /// With no ConnectionStrings:Commerce in Development, starts a PostgreSQL cluster in the ignored .data folder
    /// and points the app at it. Elsewhere a missing connection string is a configuration error.
    /// </summary>
    public static async Task UseLocalPostgresWhenUnconfiguredAsync(this WebApplicationBuilder builder)
    {
        var key = $"ConnectionStrings:{DatabaseOptions.ConnectionStringName}";
        if (!string.IsNullOrWhiteSpace(builder.Configuration[key])) return;
        if (!builder.Environment.IsDevelopment())
            throw new InvalidOperationException($"{key} is not set. Point it at your PostgreSQL server (see README: Configuration).");

        var options = builder.Configuration.GetSection("LocalPostgres").Get<LocalPostgresOptions>() ?? new LocalPostgresOptions();
        if (string.IsNullOrWhiteSpace(options.DataDirectory)) options.DataDirectory = ".data/postgres";
        options.DataDirectory = Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath);

        // Lives as long as the process: the cluster logs through it again when the store stops it at shutdown.
        var loggers = LoggerFactory.Create(logging => logging.AddSimpleConsole(console => console.SingleLine = true));
        var cluster = new LocalPostgresCluster(options, loggers.CreateLogger<LocalPostgresCluster>());
        builder.Configuration[key] = await cluster.EnsureStartedAsync();
        builder.Services.AddSingleton(new LocalPostgresLifetime(cluster));
        builder.Services.AddHostedService(services => services.GetRequiredService<LocalPostgresLifetime>());
    }

    /// <summary>Stops the local cluster when the store shuts down; registered first, so it stops last.</summary>
    private sealed class LocalPostgresLifetime(LocalPostgresCluster cluster) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => cluster.StopAsync(CancellationToken.None);
    }
}
