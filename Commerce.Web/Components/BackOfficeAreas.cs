namespace Commerce.Web.Components;

/// <summary>
/// The admin and vendor areas run as one interactive server app with MudBlazor; every other page is static SSR.
/// App.razor picks the render mode and the stylesheets with this rule, and the interactive router uses it to
/// hand any navigation out of these areas back to the server (a full page load).
/// </summary>
public static class BackOfficeAreas
{
    private static readonly string[] Roots = ["admin", "vendor"];

    public static bool Contains(PathString path) =>
        Roots.Any(root => path.StartsWithSegments("/" + root, StringComparison.OrdinalIgnoreCase));

    /// <summary>For a base-relative path as the router sees it, e.g. "admin/orders?page=2".</summary>
    public static bool Contains(string relativePath) =>
        Contains(new PathString("/" + relativePath.Split('?', '#')[0].TrimStart('/')));
}
