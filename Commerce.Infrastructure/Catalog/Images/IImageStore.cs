namespace Commerce.Infrastructure.Catalog.Images;

/// <summary>
/// Where processed images live. The default keeps them in a folder the app serves at <c>/media</c>; another store
/// (object storage, a CDN origin) only has to save bytes under a key and say the public URL of that key.
/// </summary>
public interface IImageStore
{
    /// <summary>Saves the bytes under <paramref name="key"/> (e.g. "products/12/ab34-640.webp") and returns its public URL.</summary>
    Task<string> SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Deletes every file whose URL was returned for keys starting with <paramref name="keyPrefix"/>; missing files are fine.</summary>
    Task DeleteAsync(string keyPrefix, CancellationToken cancellationToken = default);
}
