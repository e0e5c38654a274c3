using System.Net;
using Commerce.Testing;
using Commerce.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Commerce.Web.Tests.Security;

/// <summary>
/// Links in account emails are read from real .eml files and followed: they name Store:PublicUrl even when the
/// request that caused them forged its Host, they are encoded once for HTML and not at all in the text part, and
/// following them does what they say (the account is confirmed, the password is reset).
/// </summary>
[Collection(StoreAppCollection.Name)]
public sealed class EmailedLinks(StoreApp app)
{
    [Fact]
    public async Task TheConfirmationLinkFromTheEmailConfirmsTheAccountAndIgnoresAForgedHost()
    {
        var email = $"new.{Guid.NewGuid():N}@example.com";
        var session = Forged(new BrowserSession(app.CreateClient()));

        await session.PostFormAsync("/Account/Register", "/Account/Register", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Nia", ["Input.LastName"] = "New", ["Input.Email"] = email,
            ["Input.Password"] = "Str0ng#Pass", ["Input.ConfirmPassword"] = "Str0ng#Pass",
        }, handler: "register");
        var link = OneLink(await Inbox.WaitForAsync(app, email, "Confirm"), "/Account/ConfirmEmail");

        Assert.False(await ConfirmedAsync(email));
        var page = await app.CreateClient(followRedirects: true).GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(await ConfirmedAsync(email));
    }

    [Fact]
    public async Task TheResetLinkFromTheEmailResetsThePasswordAndIgnoresAForgedHost()
    {
        var email = $"reset.{Guid.NewGuid():N}@example.com";
        var owner = new BrowserSession(app.CreateClient());
        await owner.PostFormAsync("/Account/Register", "/Account/Register", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Rae", ["Input.LastName"] = "Reset", ["Input.Email"] = email,
            ["Input.Password"] = "Str0ng#Pass", ["Input.ConfirmPassword"] = "Str0ng#Pass",
        }, handler: "register");

        var attacker = Forged(new BrowserSession(app.CreateClient()));
        await attacker.PostFormAsync("/Account/ForgotPassword", "/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = email }, handler: "forgot-password");
        var link = OneLink(await Inbox.WaitForAsync(app, email, "Reset"), "/Account/ResetPassword");

        var reader = new BrowserSession(app.CreateClient());
        var code = System.Text.RegularExpressions.Regex.Match(await reader.GetPageAsync(link), "name=\"Input.Code\" value=\"([^\"]+)\"").Groups[1].Value;
        var reset = await reader.PostFormAsync(link, link, new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "N3w#Password", ["Input.ConfirmPassword"] = "N3w#Password", ["Input.Code"] = WebUtility.HtmlDecode(code),
        }, handler: "reset-password");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await new BrowserSession(app.CreateClient()).SignInAsync(email, "N3w#Password");
    }

    [Fact]
    public async Task EveryEmailTheStoreSentHasItsLinksEncodedOnceForHtmlAndNotForText()
    {
        var messages = Inbox.All(app).ToList();
        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            var text = Inbox.TextLinks(message);
            Assert.All(text, link => Assert.DoesNotContain("&amp;", link));
            Assert.All(text, link => Assert.StartsWith(app.BaseUrl, link));
            Assert.All(Inbox.HtmlLinks(message), href => Assert.Contains(href, text));
        }
    }

    private static BrowserSession Forged(BrowserSession session)
    {
        session.Client.DefaultRequestHeaders.Host = "evil.example";
        session.Client.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        return session;
    }

    private string OneLink(MimeMessage message, string path)
    {
        var text = Inbox.TextLinks(message).Where(l => l.Contains(path, StringComparison.Ordinal)).ToList();
        var html = Inbox.HtmlLinks(message).Where(l => l.Contains(path, StringComparison.Ordinal)).ToList();
        var link = Assert.Single(text);
        Assert.Equal(link, Assert.Single(html));
        Assert.StartsWith(app.BaseUrl + path + "?", link);
        Assert.DoesNotContain("&amp;", link);
        Assert.DoesNotContain("evil", message.TextBody + message.HtmlBody);
        return link;
    }

    private Task<bool> ConfirmedAsync(string email) =>
        app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync());
}
