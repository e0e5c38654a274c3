using System.Net;
using System.Text.RegularExpressions;
using Commerce.Infrastructure.Seeding;
using Commerce.Testing;
using Commerce.Web.Tests.Support;

namespace Commerce.Web.Tests.Admin.Insights;

/// <summary>
/// Signs in as the demo admin and follows every /admin link on the dashboard and in the admin navigation, then every
/// /admin link on the pages those lead to: none may answer 404 (or fail). New pages and links are walked as they appear.
/// </summary>
[Collection(StoreAppCollection.Name)]
public sealed partial class AdminNavigationWalk(StoreApp app)
{
    private const int MaxPages = 150;

    [Fact]
    public async Task NoAdminLinkAnswersNotFound()
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

        var visited = new Dictionary<string, HttpStatusCode>();
        var failures = new List<string>();
        var queue = new Queue<(string Path, string From, int Depth)>([("/admin", "start", 0)]);
        while (queue.TryDequeue(out var next) && visited.Count < MaxPages)
        {
            if (visited.ContainsKey(next.Path)) continue;
            var response = await session.Client.GetAsync(next.Path);
            visited[next.Path] = response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotFound || (int)response.StatusCode >= 500)
                failures.Add($"{next.Path} (linked from {next.From}) answered {(int)response.StatusCode}");
            var isPage = response.Content.Headers.ContentType?.MediaType == "text/html";
            // Hangfire's own dashboard is checked, not walked.
            if (!response.IsSuccessStatusCode || !isPage || next.Depth >= 2 || next.Path.StartsWith("/admin/jobs", StringComparison.Ordinal)) continue;
            foreach (var link in AdminLinksIn(await response.Content.ReadAsStringAsync()))
                if (!visited.ContainsKey(link)) queue.Enqueue((link, next.Path, next.Depth + 1));
        }

        Assert.Empty(failures);
        // The walk really covered the navigation and the dashboard's figures.
        Assert.Contains("/admin/customers", visited.Keys);
        Assert.Contains("/admin/reports", visited.Keys);
        Assert.Contains(visited.Keys, k => k.StartsWith("/admin/reports/sales?", StringComparison.Ordinal));
        Assert.True(visited.Count >= 15, $"Only {visited.Count} admin addresses were reached: {string.Join(", ", visited.Keys)}");
    }

    [Fact]
    public async Task TheWalkWouldSeeAMissingPage()
    {
        var session = new BrowserSession(app.CreateClient());
        await session.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

        var response = await session.Client.GetAsync("/admin/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Every distinct /admin address in the page's links, without fragments; sign-out forms and the like are not links.</summary>
    private static IEnumerable<string> AdminLinksIn(string html) =>
        Href().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Select(href => href.Split('#')[0])
            .Where(href => href == "/admin" || href.StartsWith("/admin/", StringComparison.Ordinal) || href.StartsWith("/admin?", StringComparison.Ordinal))
            .Distinct();

    [GeneratedRegex("<a\\b[^>]*\\bhref=\"([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
