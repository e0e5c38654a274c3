using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Commerce.Web.Security;

/// <summary>
/// Where the store is reached from outside. Links come from Store:PublicUrl (see StoreBranding.Link); the request's
/// Host is only checked against AllowedHosts; X-Forwarded-For/-Proto are honoured only from the proxies listed in
/// ForwardedHeaders:KnownProxies / KnownNetworks, and X-Forwarded-Host never (the public host is configured).
/// </summary>
internal static class PublicAddress
{
    public const string Section = "ForwardedHeaders";

    public static void AddPublicAddress(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // `dotnet run --urls` in Development: links follow the address the developer chose, still not the request.
        if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(builder.Configuration["Store:PublicUrl"])
            && builder.Configuration["urls"]?.Split(';').FirstOrDefault(u => u.StartsWith("http", StringComparison.Ordinal)) is { } url)
            builder.Configuration["Store:PublicUrl"] = url.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost");

        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in builder.Configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [])
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in builder.Configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [])
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }

    /// <summary>Only when proxies are configured: with none, no forwarded header is believed.</summary>
    public static void UseTrustedProxies(this WebApplication app)
    {
        var section = app.Configuration.GetSection(Section);
        if (section.GetSection("KnownProxies").Exists() || section.GetSection("KnownNetworks").Exists()) app.UseForwardedHeaders();
    }
}
