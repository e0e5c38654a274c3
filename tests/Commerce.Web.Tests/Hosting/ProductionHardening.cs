using System.Net;
using Commerce.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Commerce.Web.Tests.Hosting;

[Collection(ProductionStoreCollection.Name)]
public sealed class ProductionHardening(ProductionStoreApp app)
{
    [Fact]
    public async Task HttpsAnswersCarryHstsAndEveryCookieIsSecure()
    {
        using var request = ProductionStoreApp.Forwarded(HttpMethod.Get, "/Account/Login");
        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CookiesAreSecureEvenWhenTheProxySaysNothingAboutTls()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Host = ProductionStoreApp.PublicHost;
        var response = await app.CreateClient().SendAsync(request);

        Assert.All(response.Headers.GetValues("Set-Cookie"), cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("shop.example.evil.example")]
    [InlineData("127.0.0.1")]
    public async Task AHostOutsideAllowedHostsIsRefused(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/robots.txt");
        request.Headers.Host = host;

        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateClient().SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task ForwardedHostIsNeverBelievedLinksNameThePublicUrl()
    {
        using var request = ProductionStoreApp.Forwarded(HttpMethod.Get, "/robots.txt");
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        var body = await (await app.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("Sitemap: https://shop.example/sitemap.xml", body);
        Assert.DoesNotContain("evil", body);
    }

    [Fact]
    public void ProductionWithoutItsSettingsRefusesToStartNamingEachKey()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("ConnectionStrings:Commerce", "Host=127.0.0.1;Port=1;Database=none");
            host.UseSetting("AllowedHosts", "*");
            host.UseSetting("Admin:Password", "Admin#2026");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.Services);

        var message = error.ToString();
        foreach (var key in new[] { "Store:PublicUrl", "AllowedHosts", "Stripe:SecretKey", "Stripe:PublishableKey", "Stripe:WebhookSecret", "Admin:Password" })
            Assert.Contains(key, message);
    }

    [Fact]
    public void AFullProductionConfigurationHasNoProblems()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:PublicUrl"] = "https://shop.example", ["AllowedHosts"] = "shop.example", ["Stripe:SecretKey"] = "sk_live_x",
            ["Stripe:PublishableKey"] = "pk_live_x", ["Stripe:WebhookSecret"] = "whsec_x", ["Admin:Password"] = "Own3r#Secret-Pass",
        }).Build();

        Assert.Empty(ProductionSettings.Problems(config));
    }
}
