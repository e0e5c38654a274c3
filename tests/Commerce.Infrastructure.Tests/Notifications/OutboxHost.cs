using System.Linq.Expressions;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Jobs;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Commerce.Testing;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Tests.Notifications;

/// <summary>
/// A fresh migrated database with the outbox and jobs registered as in the app, and a real Hangfire server on
/// PostgreSQL storage in that database. Mail goes to a temporary pickup folder unless a test class configures SMTP
/// or its own transport. Hangfire is wired by hand (not AddHangfire), which would share global state between
/// test classes running in parallel.
/// </summary>
public class OutboxHost : IAsyncLifetime
{
    private IHost _host = null!;
    private BackgroundJobServer _server = null!;

    public string ConnectionString { get; private set; } = "";
    public string PickupDirectory { get; } = Path.Combine(Path.GetTempPath(), "commerce-mail-tests", Guid.NewGuid().ToString("N"));
    public IServiceProvider Services => _host.Services;
    public JobStorage Storage { get; private set; } = null!;
    public IBackgroundJobClient Jobs => Services.GetRequiredService<IBackgroundJobClient>();
    public IDbContextFactory<CommerceDbContext> Contexts => Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>();

    /// <summary>Test classes add settings (SMTP, schedules…) here.</summary>
    protected virtual void ConfigureSettings(IDictionary<string, string?> settings) { }

    /// <summary>Test classes replace services (the transport) here; it runs after the app's registrations.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) { }

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("mail");
        await using (var db = PlainContext()) await db.Database.MigrateAsync();

        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            QueuePollInterval = TimeSpan.FromMilliseconds(200),
            UseSlidingInvisibilityTimeout = true,
            PrepareSchemaIfNecessary = true,
        };
        Storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(ConnectionString, storageOptions), storageOptions);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var settings = new Dictionary<string, string?>
        {
            ["Email:PickupDirectory"] = PickupDirectory,
            ["Email:From"] = "Test Store <shop@store.test>",
            ["Store:Name"] = "Test Store",
            ["Store:PublicUrl"] = "https://shop.test",
            ["Store:SupportEmail"] = "help@store.test",
            ["Jobs:RunServer"] = "false",
        };
        ConfigureSettings(settings);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddCommerceDbContext(ConnectionString);
        builder.Services.AddSingleton(Storage);
        builder.Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(Storage));
        builder.Services.AddSingleton<IRecurringJobManager>(new RecurringJobManager(Storage));
        builder.Services.AddSingleton(new OrderNumberGenerator(TimeProvider.System));
        builder.AddNotifications();
        builder.AddJobs();
        ConfigureServices(builder.Services);
        _host = builder.Build();

        _server = new BackgroundJobServer(new BackgroundJobServerOptions
        {
            ServerName = "mail-tests-" + Guid.NewGuid().ToString("N")[..8],
            WorkerCount = 4,
            SchedulePollingInterval = TimeSpan.FromMilliseconds(300),
            Activator = new AspNetCoreJobActivator(Services.GetRequiredService<IServiceScopeFactory>()),
            FilterProvider = new ImmediateRetries(JobFilterProviders.Providers),
        }, Storage);
    }

    public virtual async Task DisposeAsync()
    {
        _server.SendStop();
        _server.Dispose();
        _host.Dispose();
        if (Directory.Exists(PickupDirectory)) Directory.Delete(PickupDirectory, recursive: true);
        await Task.CompletedTask;
    }

    /// <summary>A context without the app's interceptors: rows it saves are not dispatched after commit.</summary>
    public CommerceDbContext PlainContext() => new(CommerceDbContextSetup.Options(ConnectionString, services: null));

    /// <summary>Enqueues a job on the Hangfire server and waits until it has finished; returns its final state.</summary>
    public async Task<string> RunJobAsync<TJob>(Expression<Func<TJob, Task>> job)
    {
        var id = Jobs.Enqueue(job);
        return await WaitForJobAsync(id);
    }

    public async Task<string> WaitForJobAsync(string jobId)
    {
        string? state = null;
        await Eventually(() =>
        {
            using var connection = Storage.GetConnection();
            state = connection.GetStateData(jobId)?.Name;
            return Task.FromResult(state is "Succeeded" or "Failed" or "Deleted");
        }, $"job {jobId} to finish");
        return state!;
    }

    public string[] Mail() => Directory.Exists(PickupDirectory) ? Directory.GetFiles(PickupDirectory, "*.eml") : [];

    /// <summary>The .eml files whose text contains <paramref name="marker"/> (a number or address unique to the test).</summary>
    public string[] MailContaining(string marker) => Mail().Where(f => File.ReadAllText(f).Contains(marker, StringComparison.Ordinal)).ToArray();

    public async Task<OutboxEmail?> OutboxAsync(Guid id)
    {
        await using var db = PlainContext();
        return await db.OutboxEmails.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
    }

    public async Task<OutboxEmail> WaitUntilAsync(Guid id, OutboxEmailStatus status)
    {
        OutboxEmail? email = null;
        await Eventually(async () => (email = await OutboxAsync(id))?.Status == status, $"email {id} to be {status}");
        return email!;
    }

    public static async Task Eventually(Func<Task<bool>> condition, string what, int timeoutSeconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what} after {timeoutSeconds} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>Keeps each job's retry count but retries at once, so a test sees all attempts in seconds.</summary>
    private sealed class ImmediateRetries(IJobFilterProvider inner) : IJobFilterProvider
    {
        public IEnumerable<JobFilter> GetFilters(Job job) => inner.GetFilters(job).Select(filter => filter.Instance is AutomaticRetryAttribute retry
            ? new JobFilter(new AutomaticRetryAttribute { Attempts = retry.Attempts, DelaysInSeconds = [0], LogEvents = false, ExceptOn = retry.ExceptOn }, filter.Scope, filter.Order)
            : filter);
    }
}
