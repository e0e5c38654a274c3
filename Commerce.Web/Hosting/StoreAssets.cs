using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Hosting;

/// <summary>Serves wwwroot-assets (brand art and catalog images) at /assets and uploaded product images at /media.</summary>
internal static class StoreAssets
{
    public const string RequestPath = "/assets";

    public static void MapStoreAssets(this WebApplication app)
    {
        var folder = Locate(app.Environment, app.Services.GetRequiredService<IOptions<StoreSettings>>().Value);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = RequestPath,
            OnPrepareResponse = context =>
                context.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });
        MapUploadedImages(app);
    }

    // The disk image store's folder. Every upload gets a new file name, so its files can be cached for a year.
    private static void MapUploadedImages(WebApplication app)
    {
        var images = app.Services.GetRequiredService<IOptions<Infrastructure.Catalog.Images.ImageStoreOptions>>().Value;
        var folder = app.Services.GetRequiredService<Infrastructure.Catalog.Images.DiskImageStore>().Root;
        Directory.CreateDirectory(folder);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(folder),
            RequestPath = images.RequestPath,
            OnPrepareResponse = context =>
                context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });
    }

    private static string Locate(IWebHostEnvironment environment, StoreSettings options)
    {
        string[] candidates =
        [
            options.AssetsPath ?? "",
            Path.Combine(AppContext.BaseDirectory, "wwwroot-assets"),
            Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "wwwroot-assets")),
        ];
        return candidates.FirstOrDefault(c => c.Length > 0 && Directory.Exists(c))
            ?? throw new InvalidOperationException(
                "The wwwroot-assets folder was not found. Set Store:AssetsPath to the folder with the store's images.");
    }
}
