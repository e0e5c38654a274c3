namespace Commerce.Web.Storefront.Shared;

/// <summary>Countries the store ships to, in the order shoppers most often pick them.</summary>
public static class Countries
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("US", "United States"), ("CA", "Canada"), ("GB", "United Kingdom"), ("IE", "Ireland"), ("DE", "Germany"),
        ("FR", "France"), ("NL", "Netherlands"), ("BE", "Belgium"), ("ES", "Spain"), ("IT", "Italy"),
        ("SE", "Sweden"), ("DK", "Denmark"), ("AU", "Australia"), ("NZ", "New Zealand"),
    ];

    public static bool IsSupported(string? code) => All.Any(c => c.Code == code);

    public static string NameOf(string code) => All.FirstOrDefault(c => c.Code == code).Name ?? code;
}
