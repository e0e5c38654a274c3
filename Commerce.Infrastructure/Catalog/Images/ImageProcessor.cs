using Microsoft.Extensions.Options;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Processing;

namespace Commerce.Infrastructure.Catalog.Images;

/// <summary>The result of an upload: the URL of each stored size, or why the file was refused.</summary>
public abstract record ImageUploadResult
{
    public sealed record Stored(string Url, IReadOnlyDictionary<int, string> Sizes) : ImageUploadResult;

    public sealed record Refused(string Reason) : ImageUploadResult;
}

/// <summary>
/// Turns an uploaded file into the square sizes the storefront shows (640 px product image, 400 px card, 72 px
/// thumbnail), re-encoded as WebP with the metadata stripped. The type is judged by the bytes, not the name or the
/// browser's content type, and a picture with huge dimensions is refused before it is decoded.
/// </summary>
public sealed class ImageProcessor(IImageStore store, IOptions<ImageStoreOptions> options)
{
    public static readonly int[] Sizes = [640, 400, 72];
    private const int MaxPixels = 40_000_000;
    private static readonly string[] AcceptedFormats = ["JPEG", "PNG", "WEBP", "GIF"];

    public async Task<ImageUploadResult> StoreAsync(string folder, Stream upload, CancellationToken cancellationToken = default)
    {
        var limit = options.Value.MaxUploadBytes;
        using var buffer = new MemoryStream();
        await CopyUpToAsync(upload, buffer, limit + 1, cancellationToken);
        if (buffer.Length > limit) return new ImageUploadResult.Refused($"The file is larger than {limit / (1024 * 1024)} MB.");
        if (buffer.Length == 0) return new ImageUploadResult.Refused("The file is empty.");

        buffer.Position = 0;
        var format = Image.DetectFormat(buffer);
        if (format is null || !AcceptedFormats.Contains(format.Name.ToUpperInvariant()))
            return new ImageUploadResult.Refused("This file is not a JPEG, PNG, WebP or GIF image.");
        buffer.Position = 0;
        var info = await Image.IdentifyAsync(buffer, cancellationToken);
        if (info is null || (long)info.Width * info.Height > MaxPixels) return new ImageUploadResult.Refused("The image is too large (over 40 megapixels).");
        if (info.Width < 200 || info.Height < 200) return new ImageUploadResult.Refused($"The image is {info.Width}×{info.Height} px; use at least 200×200.");

        buffer.Position = 0;
        Image image;
        try { image = await Image.LoadAsync(buffer, cancellationToken); }
        catch (Exception ex) when (ex is ImageFormatException or UnknownImageFormatException or InvalidImageContentException)
        {
            return new ImageUploadResult.Refused("The image could not be read; it may be damaged.");
        }
        using (image)
        {
            image.Metadata.ExifProfile = null;
            image.Metadata.XmpProfile = null;
            var baseKey = $"{folder.Trim('/')}/{Guid.NewGuid():N}";
            var urls = new Dictionary<int, string>();
            foreach (var size in Sizes)
            {
                using var resized = image.Clone(x => x.Resize(new ResizeOptions { Size = new Size(size, size), Mode = ResizeMode.Pad, PadColor = Color.White }));
                using var encoded = new MemoryStream();
                await resized.SaveAsWebpAsync(encoded, new WebpEncoder { Quality = 82 }, cancellationToken);
                encoded.Position = 0;
                urls[size] = await store.SaveAsync($"{baseKey}-{size}.webp", encoded, "image/webp", cancellationToken);
            }
            return new ImageUploadResult.Stored(urls[Sizes[0]], urls);
        }
    }

    /// <summary>Deletes every size of an image stored from its main URL.</summary>
    public Task DeleteAsync(string url, CancellationToken cancellationToken = default)
    {
        var prefix = options.Value.RequestPath.TrimEnd('/') + "/";
        if (!url.StartsWith(prefix, StringComparison.Ordinal) || !url.EndsWith($"-{Sizes[0]}.webp", StringComparison.Ordinal)) return Task.CompletedTask;
        var key = url[prefix.Length..^$"-{Sizes[0]}.webp".Length];
        return store.DeleteAsync(key + "-", cancellationToken);
    }

    private static async Task CopyUpToAsync(Stream source, Stream target, long max, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        int read;
        while (target.Length < max && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - target.Length)), cancellationToken)) > 0)
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
    }
}
