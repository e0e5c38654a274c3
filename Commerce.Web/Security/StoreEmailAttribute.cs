using System.ComponentModel.DataAnnotations;
using System.Net.Mail;

namespace Commerce.Web.Security;

/// <summary>
/// An email address the store will keep and mail to: one plain address (no display name, no markup, no spaces or
/// quotes), with a dotted domain. [EmailAddress] alone only looks for an '@', so "&lt;img src=x onerror=…&gt;b@evil.example"
/// passed. Registration and checkout both use this one rule.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StoreEmailAttribute : ValidationAttribute
{
    private static readonly char[] Forbidden = ['<', '>', '(', ')', '[', ']', '\\', ',', ';', ':', '"', '\'', '`', '/', '='];

    public StoreEmailAttribute() : base("Please enter a valid email address.") { }

    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 254 && !value.Any(char.IsWhiteSpace) && !value.Any(char.IsControl)
        && value.IndexOfAny(Forbidden) < 0 && MailAddress.TryCreate(value, out var address) && address.Address == value
        && address.Host.Contains('.') && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    public override bool IsValid(object? value) => value is null || (value is string text && IsValid(text));
}
