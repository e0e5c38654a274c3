using Commerce.Infrastructure;
using Commerce.Infrastructure.Jobs;
using Commerce.Web;
using Commerce.Web.Hosting;
using Commerce.Web.Security;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.AddStructuredLogging();
builder.RequireSafeProductionSettings();
builder.AddPublicAddress();
await builder.UseLocalPostgresWhenUnconfiguredAsync();
builder.AddInfrastructure();
builder.AddWebServices();

var app = builder.Build();

await app.PrepareDatabaseAsync();
if (await app.RunCommandAsync(args)) return;
if (app.Configuration.IsWorkerOnly())
{
    // Worker-only: the Hangfire server (a hosted service) does the work; only health checks are served.
    app.MapHealthEndpoints();
    await app.RunAsync();
    return;
}

app.UseTrustedProxies();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
    app.UseCookiePolicy(new CookiePolicyOptions { Secure = CookieSecurePolicy.Always });
}
app.UseSerilogRequestLogging();
app.UseStoreStatusPages();
// Explicit, after the status pages: a 403 from authorization then renders the store's "no access" page.
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseForgeryProtectionOnEveryChange();
app.UseAuditActor();
app.UseRateLimiter();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapStoreAssets();
app.MapOperationalEndpoints();
app.MapStoreEndpoints();
app.MapBenchmarkEndpoints();

app.Lifetime.ApplicationStarted.Register(() => app.PrintWelcome());
await app.RunAsync();

/// <summary>Exposed so integration tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
