using System.ComponentModel.DataAnnotations;

namespace Commerce.Web.Hosting;

public sealed class StoreSettings
{
    public const string Section = "Store";

    [Required, StringLength(60)]
    public string Name { get; set; } = "Commerce";

    [Required, RegularExpression("^[A-Z]{3}$", ErrorMessage = "Store:Currency must be a three-letter ISO code such as USD.")]
    public string Currency { get; set; } = "USD";

    [EmailAddress]
    public string SupportEmail { get; set; } = "support@commerce.example";

    /// <summary>Folder with brand and catalog images, served at /assets. Defaults to the repository's wwwroot-assets.</summary>
    public string? AssetsPath { get; set; }
}
