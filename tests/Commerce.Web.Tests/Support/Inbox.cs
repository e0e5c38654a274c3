using System.Net;
using System.Text.RegularExpressions;
using Commerce.Infrastructure.Notifications;
using Commerce.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Commerce.Web.Tests.Support;

/// <summary>The store's pickup folder read as a mail client would: real .eml files parsed by MimeKit.</summary>
public static partial class Inbox
{
    /// <summary>Waits for an email to <paramref name="to"/> whose subject contains <paramref name="subject"/>, sweeping the outbox meanwhile.</summary>
    public static async Task<MimeMessage> WaitForAsync(StoreApp app, string to, string subject)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            var found = All(app).FirstOrDefault(m => m.To.Mailboxes.Any(b => b.Address.Equals(to, StringComparison.OrdinalIgnoreCase))
                && (m.Subject ?? "").Contains(subject, StringComparison.OrdinalIgnoreCase));
            if (found is not null) return found;
            await using (var scope = app.Services.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SweepAsync(CancellationToken.None);
            await Task.Delay(250);
        }
        throw new TimeoutException($"No email '{subject}' reached {to}.");
    }

    public static IEnumerable<MimeMessage> All(StoreApp app) => Directory.Exists(app.MailFolder)
        ? Directory.EnumerateFiles(app.MailFolder, "*.eml", SearchOption.AllDirectories).Select(f => MimeMessage.Load(f))
        : [];

    /// <summary>The links of the plain-text body, exactly as a reader would copy them.</summary>
    public static IReadOnlyList<string> TextLinks(MimeMessage message) =>
        [.. TextLink().Matches(message.TextBody ?? "").Select(m => m.Value)];

    /// <summary>The HTML body's hrefs as a browser reads them (HTML-decoded once).</summary>
    public static IReadOnlyList<string> HtmlLinks(MimeMessage message) =>
        [.. Href().Matches(message.HtmlBody ?? "").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.StartsWith("http", StringComparison.Ordinal))];

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex TextLink();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();
}
