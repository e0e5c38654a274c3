namespace Commerce.Web.Components;

/// <summary>
/// The admin and vendor areas run as one interactive server app with MudBlazor; every other page is static SSR.
/// App.razor picks the render mode and the stylesheets with this rule, and the interactive router uses it to
/// hand any navigation out of these areas back to the server (a full page load).
/// </summary>
public static class BackOfficeAreas
{
    private static readonly string[] Roots = ["admin", "vendor"];

    // Applying to sell is a storefront page for a signed-in shopper, not part of the vendor back office.
    private static readonly string[] StorefrontExceptions = ["/vendor/apply"];

    public static bool Contains(PathString path) =>
        Roots.Any(root => path.StartsWithSegments("/" + root, StringComparison.OrdinalIgnoreCase))
        && !StorefrontExceptions.Any(page => path.StartsWithSegments(page, StringComparison.OrdinalIgnoreCase));

    /// <summary>For a base-relative path as the router sees it, e.g. "admin/orders?page=2".</summary>
    public static bool Contains(string relativePath) =>
        Contains(new PathString("/" + relativePath.Split('?', '#')[0].TrimStart('/')));
}
