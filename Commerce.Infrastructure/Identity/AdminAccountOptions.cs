using System.ComponentModel.DataAnnotations;

namespace Commerce.Infrastructure.Identity;

/// <summary>The first administrator, created at start when configured (Admin:Email and Admin:Password).</summary>
public sealed class AdminAccountOptions : IValidatableObject
{
    public const string Section = "Admin";

    /// <summary>The shortest password the store's Identity setup accepts.</summary>
    public const int MinimumPasswordLength = 8;

    [EmailAddress(ErrorMessage = "Admin:Email is not an email address.")]
    public string? Email { get; set; }

    public string? Password { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Email) && !string.IsNullOrWhiteSpace(Password);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasEmail = !string.IsNullOrWhiteSpace(Email);
        var hasPassword = !string.IsNullOrWhiteSpace(Password);
        if (hasEmail != hasPassword)
            yield return new ValidationResult("Set both Admin:Email and Admin:Password to create the first administrator, or neither.",
                [hasEmail ? nameof(Password) : nameof(Email)]);
        else if (hasPassword && Password!.Length < MinimumPasswordLength)
            yield return new ValidationResult($"Admin:Password must be at least {MinimumPasswordLength} characters.", [nameof(Password)]);
    }
}
