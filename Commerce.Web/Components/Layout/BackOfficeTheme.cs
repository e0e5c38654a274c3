using MudBlazor;

namespace Commerce.Web.Components.Layout;

/// <summary>MudBlazor's theme for the admin and vendor areas, in the storefront's brand colours.</summary>
public static class BackOfficeTheme
{
    private static readonly string[] Fonts = ["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#4f46e5",
            Secondary = "#ff7a59",
            Tertiary = "#2f9e76",
            Success = "#137a4b",
            Error = "#c2323a",
            Background = "#f6f7fb",
            Surface = "#ffffff",
            AppbarBackground = "#ffffff",
            AppbarText = "#1f2433",
            DrawerBackground = "#ffffff",
            DrawerText = "#3b4152",
            DrawerIcon = "#5f6577",
            TextPrimary = "#1f2433",
            TextSecondary = "#5f6577",
            LinesDefault = "#e4e6ee",
            Divider = "#e4e6ee",
            TableLines = "#e4e6ee",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = Fonts },
            H4 = new H4Typography { FontFamily = Fonts, FontWeight = "700", LetterSpacing = "-.02em" },
            H5 = new H5Typography { FontFamily = Fonts, FontWeight = "650" },
            H6 = new H6Typography { FontFamily = Fonts, FontWeight = "650" },
            Button = new ButtonTypography { FontFamily = Fonts, FontWeight = "600", TextTransform = "none" },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "10px", DrawerWidthLeft = "248px" },
    };
}
