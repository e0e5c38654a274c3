using System.ComponentModel.DataAnnotations;

namespace Commerce.Infrastructure.Notifications;

/// <summary>What emails need to know about the store; bound from the <c>Store</c> section the web app also reads.</summary>
public sealed class StoreBranding : IValidatableObject
{
    public const string Section = "Store";

    [Required, StringLength(60)]
    public string Name { get; set; } = "Commerce";

    [EmailAddress]
    public string SupportEmail { get; set; } = "support@commerce.example";

    /// <summary>The address shoppers reach the store at; every link in an email starts with it.</summary>
    [Required]
    public string PublicUrl { get; set; } = "http://localhost:5080";

    // Colours go into inline CSS, so only plain hex values are accepted.
    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Store:BrandColor must look like #4f46e5.")]
    public string BrandColor { get; set; } = "#4f46e5";

    [RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Store:AccentColor must look like #ff7a59.")]
    public string AccentColor { get; set; } = "#ff7a59";

    /// <summary>
    /// An absolute link to a store path such as "/p/linen-shirt". Every absolute address the store prints (emails,
    /// sitemap, canonical, Open Graph, payment return URLs) is made here, never from the request's Host header.
    /// </summary>
    public string Link(string path) => PublicUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    /// <summary>An absolute link with query values, each escaped once for a URL (callers HTML-encode where they print it).</summary>
    public string Link(string path, IEnumerable<KeyValuePair<string, string?>> query)
    {
        var pairs = query.Where(p => p.Value is not null).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}").ToList();
        return pairs.Count == 0 ? Link(path) : $"{Link(path)}?{string.Join('&', pairs)}";
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            yield return new ValidationResult($"Store:PublicUrl '{PublicUrl}' must be an absolute http(s) address.", [nameof(PublicUrl)]);
    }
}
