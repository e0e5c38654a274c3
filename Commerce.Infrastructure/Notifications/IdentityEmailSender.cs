using System.Security.Cryptography;
using System.Text;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Notifications;

/// <summary>
/// Identity's account emails through the store's outbox: queued, rendered with the store's branding, retried.
/// Each distinct link is its own email (the key holds a hash of it), so asking again sends a new one.
/// </summary>
public sealed class IdentityEmailSender(IDbContextFactory<CommerceDbContext> contexts, Microsoft.Extensions.Options.IOptions<StoreBranding> branding)
    : IEmailSender<ApplicationUser>
{
    public Task SendConfirmationLinkAsync(ApplicationUser user, string email, string confirmationLink) =>
        QueueAsync(EmailTemplate.AccountConfirmation, user, email, EmailData.Link, confirmationLink);

    public Task SendPasswordResetLinkAsync(ApplicationUser user, string email, string resetLink) =>
        QueueAsync(EmailTemplate.PasswordReset, user, email, EmailData.Link, resetLink);

    public Task SendPasswordResetCodeAsync(ApplicationUser user, string email, string resetCode) =>
        QueueAsync(EmailTemplate.PasswordReset, user, email, EmailData.Code, resetCode);

    private async Task QueueAsync(EmailTemplate template, ApplicationUser user, string to, string name, string secret)
    {
        // A link must be a plain URL on the store's public address: one made from the request's Host, or already
        // HTML-encoded (&amp;), is a bug that would mail a poisoned or broken link.
        if (name == EmailData.Link && (!secret.StartsWith(branding.Value.Link("/"), StringComparison.Ordinal) || secret.Contains("&amp;", StringComparison.Ordinal)))
            throw new InvalidOperationException($"Account email link '{secret.Split('?')[0]}' must be a plain URL under Store:PublicUrl.");
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..24];
        var data = new Dictionary<string, string> { [name] = secret };
        if (!string.IsNullOrWhiteSpace(user.DisplayName)) data[EmailData.UserName] = user.DisplayName;

        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.QueueAsync(OutboxEmail.Create(template, $"{template}:{user.Id}:{hash}", to, data));
        await transaction.CommitAsync();
    }
}
