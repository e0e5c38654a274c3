using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace Commerce.Infrastructure.Notifications;

/// <summary>How the store sends email; bound from <c>Email</c>. With no <c>Email:Smtp:Host</c> mail goes to a pickup folder.</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    /// <summary>The sender, e.g. "Commerce &lt;no-reply@shop.example&gt;".</summary>
    [Required]
    public string From { get; set; } = "Commerce <no-reply@commerce.example>";

    /// <summary>Where .eml files go when no SMTP host is set. Relative paths start at the content root; default .data/mail.</summary>
    public string? PickupDirectory { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailboxAddress.TryParse(From, out _))
            yield return new ValidationResult($"Email:From '{From}' is not an email address.", [nameof(From)]);
        if (UsesSmtp && (Smtp.Port is < 1 or > 65535))
            yield return new ValidationResult("Email:Smtp:Port must be between 1 and 65535.", [nameof(Smtp)]);
        if (UsesSmtp && string.IsNullOrEmpty(Smtp.Username) != string.IsNullOrEmpty(Smtp.Password))
            yield return new ValidationResult("Set both Email:Smtp:Username and Email:Smtp:Password, or neither.", [nameof(Smtp)]);
    }
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? Username { get; set; }
    public string? Password { get; set; }

    /// <summary>Upgrade the connection with STARTTLS (required when on). Port 465 always uses TLS from the start.</summary>
    public bool UseStartTls { get; set; } = true;

    public int TimeoutSeconds { get; set; } = 30;
}
