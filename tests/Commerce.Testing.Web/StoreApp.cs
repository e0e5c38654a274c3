using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Commerce.Testing;

/// <summary>
/// The whole store on a real socket over its own fresh PostgreSQL database with the demo store seeded:
/// what a shopper's browser (Playwright) or an HTTP client talks to in web and end-to-end tests.
/// </summary>
public class StoreApp : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public string BaseUrl { get; private set; } = "";
    public string ConnectionString { get; private set; } = "";
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "commerce-mail", Guid.NewGuid().ToString("N"));
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Extra configuration for a fixture, e.g. a shorter reservation timeout.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("web");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("ConnectionStrings:Commerce", ConnectionString);
            host.UseSetting("Seed:DemoStore", "true");
            host.UseSetting("Email:PickupDirectory", MailFolder);
            host.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            foreach (var (key, value) in Settings) host.UseSetting(key, value);
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1");
        await Task.CompletedTask;
    }

    public HttpClient CreateClient(bool followRedirects = false) => new(new HttpClientHandler
    {
        AllowAutoRedirect = followRedirects,
        UseCookies = true,
        CookieContainer = new System.Net.CookieContainer(),
    }) { BaseAddress = new Uri(BaseUrl) };

    public async Task<T> QueryAsync<T>(Func<CommerceDbContext, Task<T>> query)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<CommerceDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        if (Directory.Exists(MailFolder)) Directory.Delete(MailFolder, recursive: true);
    }
}
