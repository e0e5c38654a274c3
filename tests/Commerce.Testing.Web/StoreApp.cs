using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
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

    /// <summary>The hosting environment; the store runs as a developer's does unless a fixture says otherwise.</summary>
    protected virtual string HostEnvironment => "Development";

    /// <summary>Extra configuration for a fixture, e.g. a shorter reservation timeout.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.CreateDatabaseAsync("web");
        // The port is chosen first so Store:PublicUrl (the only source of absolute links) names this very server.
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment(HostEnvironment);
            host.UseSetting("ConnectionStrings:Commerce", ConnectionString);
            host.UseSetting("Seed:DemoStore", "true");
            host.UseSetting("Email:PickupDirectory", MailFolder);
            host.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            host.UseSetting("Store:PublicUrl", BaseUrl);
            foreach (var (key, value) in Settings) host.UseSetting(key, value);
        });
        _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, port));
        _factory.StartServer();
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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
