using Commerce.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Commerce.Infrastructure.Persistence;

/// <summary>
/// The one place <see cref="CommerceDbContext"/> is configured: Npgsql, snake_case names, the migrations history
/// table and the interceptors (audit stamps, the audit log, outbox dispatch). The app, the worker and every test fixture use it,
/// so tests run the context production runs.
/// </summary>
public static class CommerceDbContextSetup
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>Registers the context factory (and the scoped context Identity uses) over <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddCommerceDbContext(this IServiceCollection services, string connectionString)
    {
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditStampInterceptor>();
        services.TryAddSingleton<OutboxDispatchInterceptor>();
        services.TryAddSingleton<Auditing.AuditLogInterceptor>();
        services.AddDbContextFactory<CommerceDbContext>((provider, options) => options.UseCommerceDatabase(connectionString, provider));
        return services;
    }

    /// <summary>
    /// Configures <paramref name="options"/> for the store's database. The interceptors come from
    /// <paramref name="services"/>; without them (design-time tooling, or a test that must write rows the app's
    /// interceptors never see) the context is otherwise the same.
    /// </summary>
    public static DbContextOptionsBuilder UseCommerceDatabase(this DbContextOptionsBuilder options, string connectionString, IServiceProvider? services)
    {
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            .UseSnakeCaseNamingConvention();
        if (services is not null)
            options.AddInterceptors(services.GetRequiredService<AuditStampInterceptor>(), services.GetRequiredService<Auditing.AuditLogInterceptor>(),
                services.GetRequiredService<OutboxDispatchInterceptor>());
        return options;
    }

    /// <summary>Options for a context made with <c>new</c> rather than through the registered factory.</summary>
    public static DbContextOptions<CommerceDbContext> Options(string connectionString, IServiceProvider? services) =>
        (DbContextOptions<CommerceDbContext>)new DbContextOptionsBuilder<CommerceDbContext>().UseCommerceDatabase(connectionString, services).Options;
}
