using Commerce.Core.Notifications;

namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>Identity's emails: the link (or code) comes with the queued email, since only Identity can make it.</summary>
internal static class AccountEmails
{
    public static RenderResult Render(OutboxEmail email, EmailLayout layout, StoreBranding brand)
    {
        var link = email.Value(EmailData.Link);
        var code = email.Value(EmailData.Code);
        if (link is null && code is null) return RenderResult.Skip("The link is no longer stored (it was already sent).");
        var greeting = email.Value(EmailData.UserName) is { Length: > 0 } userName ? $"Hi {userName}," : "Hi,";

        return email.Template switch
        {
            EmailTemplate.PasswordReset => RenderResult.Send(layout.Compose($"Reset your {brand.Name} password",
                "Someone asked to reset your password.", body =>
                {
                    body.Heading("Reset your password")
                        .Paragraph($"{greeting} we received a request to reset the password of your {brand.Name} account.");
                    if (link is not null) body.Button("Choose a new password", link);
                    else body.Details(("Reset code", code));
                    body.Note("If you didn't ask for this, you can ignore this email: your password stays as it is.");
                })),
            EmailTemplate.AccountConfirmation => RenderResult.Send(layout.Compose($"Confirm your email for {brand.Name}",
                "One click and your account is ready.", body =>
                {
                    body.Heading("Confirm your email address")
                        .Paragraph($"{greeting} thanks for creating an account with {brand.Name}. Please confirm this is your email address.");
                    if (link is not null) body.Button("Confirm my email", link);
                    else body.Details(("Confirmation code", code));
                    body.Note("If you didn't create an account, you can ignore this email.");
                })),
            _ => throw new InvalidOperationException($"{email.Template} is not an account email."),
        };
    }
}
