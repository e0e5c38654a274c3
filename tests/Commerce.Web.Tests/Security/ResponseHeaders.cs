using System.Net;
using System.Text.RegularExpressions;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Security;

/// <summary>Every answer, page or endpoint or error, carries the same protective headers and no Server banner.</summary>
[Collection(StoreAppCollection.Name)]
public sealed partial class ResponseHeaders(StoreApp app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/cart")]
    [InlineData("/robots.txt")]
    [InlineData("/health/live")]
    [InlineData("/p/no-such-product-anywhere")]
    [InlineData("/admin/jobs")]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string path)
    {
        var session = new BrowserSession(app.CreateClient());
        if (path.StartsWith("/admin", StringComparison.Ordinal)) await session.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

        var response = await session.Client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+' https://js.stripe.com", csp);
        Assert.DoesNotContain("unsafe-inline' https://js", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")));
        Assert.False(response.Headers.Contains("Server"), $"{path} names its server: {string.Join(",", response.Headers.Server)}");
    }

    [Fact]
    public async Task TheInlineImportMapCarriesThisResponsesNonce()
    {
        var client = app.CreateClient();
        var first = await client.GetAsync("/");
        var second = await client.GetAsync("/");

        var nonce = Regex.Match(first.Headers.GetValues("Content-Security-Policy").Single(), "'nonce-([^']+)'").Groups[1].Value;
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", html.Replace("&#x2B;", "+").Replace("&#x3D;", "="));
        Assert.NotEqual(first.Headers.GetValues("Content-Security-Policy").Single(), second.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Empty(InlineScriptWithoutNonce().Matches(html));
    }

    // An executable inline script (no src, not a JSON data block) without a nonce would be blocked by the policy.
    [GeneratedRegex("<script(?![^>]*\\bsrc=)(?![^>]*\\bnonce=)(?![^>]*application/ld\\+json)[^>]*>")]
    private static partial Regex InlineScriptWithoutNonce();
}
