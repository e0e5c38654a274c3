using Commerce.Testing;

namespace Commerce.Web.Tests.Hosting;

/// <summary>
/// The store as deployed: Production, one public host name, TLS ended by a proxy on this machine (127.0.0.1) that
/// passes X-Forwarded-Proto. Pages render without the static assets (those come with published output only).
/// </summary>
public sealed class ProductionStoreApp : StoreApp
{
    public const string PublicHost = "shop.example";

    protected override string HostEnvironment => "Production";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Store:PublicUrl"] = $"https://{PublicHost}",
        ["AllowedHosts"] = PublicHost,
        ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        ["Payments:Offline"] = "true",
        ["Admin:Email"] = "owner@shop.example",
        ["Admin:Password"] = "Own3r#Secret-Pass",
    };

    /// <summary>A request as the proxy forwards it: the public Host, and https unless told otherwise.</summary>
    public static HttpRequestMessage Forwarded(HttpMethod method, string path, string scheme = "https")
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return request;
    }
}

[CollectionDefinition(Name)]
public sealed class ProductionStoreCollection : ICollectionFixture<ProductionStoreApp>
{
    public const string Name = "production-store";
}
