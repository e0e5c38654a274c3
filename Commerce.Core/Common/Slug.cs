using System.Globalization;
using System.Text;

namespace Commerce.Core.Common;

/// <summary>URL slugs: lower-case ASCII words joined by hyphens ("Café Crème" → "cafe-creme").</summary>
public static class Slug
{
    public static string From(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var ch in normalized)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(ch));
                pendingHyphen = false;
            }
            else pendingHyphen = true;
        }
        return builder.Length == 0 ? throw new DomainException($"'{text}' gives an empty slug.") : builder.ToString();
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= 200 && slug.Any(char.IsAsciiLetterOrDigit) && slug == From(slug);
}
