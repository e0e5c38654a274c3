using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Catalog.Images;

/// <summary>"Images" in configuration: which folder holds uploaded images and where they are served.</summary>
public sealed class ImageStoreOptions
{
    public const string Section = "Images";

    /// <summary>Folder for the disk store; relative paths are under the app's content root. Default ".data/media".</summary>
    [Required]
    public string Folder { get; set; } = Path.Combine(".data", "media");

    /// <summary>The URL path the folder is served at.</summary>
    [Required, RegularExpression("^/.*", ErrorMessage = "Images:RequestPath must start with /.")]
    public string RequestPath { get; set; } = "/media";

    /// <summary>Largest upload accepted, in bytes (10 MB).</summary>
    [Range(1, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;
}

/// <summary>The default image store: files in a local folder, served as static files.</summary>
public sealed class DiskImageStore(IOptions<ImageStoreOptions> options, string contentRoot) : IImageStore
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(contentRoot, options.Value.Folder));

    public async Task<string> SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var file = File.Create(path))
            await content.CopyToAsync(file, cancellationToken);
        return $"{options.Value.RequestPath.TrimEnd('/')}/{key}";
    }

    public Task DeleteAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        var prefixPath = PathOf(keyPrefix);
        var folder = Path.GetDirectoryName(prefixPath)!;
        if (Directory.Exists(folder))
            foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(prefixPath) + "*"))
                File.Delete(file);
        return Task.CompletedTask;
    }

    // Keys are made by the app, but a key that climbs out of the folder is refused all the same.
    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path : throw new ArgumentException($"Image key '{key}' is outside the image folder.", nameof(key));
    }
}
