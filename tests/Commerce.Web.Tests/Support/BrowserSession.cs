using System.Net;
using System.Text.RegularExpressions;

namespace Commerce.Web.Tests.Support;

/// <summary>An HTTP client that behaves like a browser with cookies: reads forms' antiforgery tokens and posts them back.</summary>
public sealed partial class BrowserSession(HttpClient client)
{
    public HttpClient Client => client;

    public async Task<string> GetPageAsync(string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form found on <paramref name="pagePath"/> (by its handler name), with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pagePath, string action, IDictionary<string, string> fields, string? handler = null)
    {
        var html = await GetPageAsync(pagePath);
        var token = AntiforgeryToken().Match(html).Groups[1].Value;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token) };
        if (handler is not null) values["_handler"] = handler;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/Account/Login", "/Account/Login",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password }, handler: "login");
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"Signing in as {email} should redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
