using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Commerce.Infrastructure.Tests.Schema;

/// <summary>The test fixtures run the context the app runs: same interceptors, same history table, same names.</summary>
public sealed class ContextSetup(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public void TheSharedFixtureConfiguresTheContextAsTheAppDoes()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Commerce"] = database.ConnectionString,
            ["Jobs:RunServer"] = "false",
        });
        builder.AddInfrastructure();
        using var app = builder.Services.BuildServiceProvider();
        using var appContext = app.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContext();
        using var fixtureContext = database.NewContext();

        var appSetup = Describe(appContext);
        Assert.Contains("AuditStampInterceptor", appSetup.Interceptors);
        Assert.Contains("OutboxDispatchInterceptor", appSetup.Interceptors);
        Assert.Equal(appSetup, Describe(fixtureContext));
    }

    private static Setup Describe(CommerceDbContext db)
    {
        var options = db.GetService<IDbContextOptions>();
        var interceptors = (options.FindExtension<CoreOptionsExtension>()?.Interceptors ?? []).Select(i => i.GetType().Name).Order();
        var history = RelationalOptionsExtension.Extract(options).MigrationsHistoryTableName;
        var orderTable = db.Model.FindEntityType(typeof(Commerce.Core.Ordering.Order))!.GetTableName();
        return new Setup(string.Join(",", interceptors), history, orderTable);
    }

    private sealed record Setup(string Interceptors, string? HistoryTable, string? OrderTable);
}
