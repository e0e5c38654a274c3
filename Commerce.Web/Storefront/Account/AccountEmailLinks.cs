using System.Text;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Storefront.Account;

/// <summary>
/// Identity's emailed links (confirm, reset, change email), made in one place: the token, then the address from
/// Store:PublicUrl (never the request's Host) with each value URL-escaped once. The link goes to the outbox as plain
/// text; the email renderer HTML-encodes it once for the HTML body and leaves the text body as is.
/// </summary>
public sealed class AccountEmailLinks(UserManager<ApplicationUser> users, IEmailSender<ApplicationUser> sender, IOptions<StoreBranding> branding)
{
    public async Task SendConfirmationAsync(ApplicationUser user, string email, string? returnUrl = null)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        await sender.SendConfirmationLinkAsync(user, email, Link("/Account/ConfirmEmail",
            ("userId", user.Id), ("code", code), ("returnUrl", returnUrl)));
    }

    public async Task SendPasswordResetAsync(ApplicationUser user, string email)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        await sender.SendPasswordResetLinkAsync(user, email, Link("/Account/ResetPassword", ("code", code)));
    }

    public async Task SendEmailChangeAsync(ApplicationUser user, string newEmail)
    {
        var code = Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        await sender.SendConfirmationLinkAsync(user, newEmail, Link("/Account/ConfirmEmailChange",
            ("userId", user.Id), ("email", newEmail), ("code", code)));
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string Link(string path, params (string Key, string? Value)[] query) =>
        branding.Value.Link(path, query.Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
}
