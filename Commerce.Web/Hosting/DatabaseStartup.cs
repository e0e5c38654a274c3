using Commerce.Core;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Seeding;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Hosting;

internal static class DatabaseStartup
{
    /// <summary>Migrates, creates roles and the configured admin, then seeds the demo store into an empty database.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();

        var identity = services.GetRequiredService<IdentityBootstrapper>();
        await identity.EnsureRolesAsync();
        var admin = services.GetRequiredService<IOptions<AdminAccountOptions>>().Value;
        if (admin.IsConfigured)
            await identity.EnsureUserAsync(admin.Email!, admin.Password!, Roles.Admin, "Administrator");

        if (services.GetRequiredService<IOptions<SeedOptions>>().Value.DemoStore)
            await services.GetRequiredService<DemoStoreSeeder>().SeedIfEmptyAsync();
    }
}
