namespace Commerce.Infrastructure.Search;

/// <summary>
/// A counter that moves whenever the catalog changes in a way a listing shows (price, status, name, images,
/// categories). Listing caches put it in their keys, so a new price is on the next page a shopper opens. Fed by
/// the 'catalog_changed' NOTIFY of the AdminCatalog migration's triggers, so edits made by any process count.
/// </summary>
public sealed class CatalogChanges
{
    public const string Channel = "catalog_changed";
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public void Changed() => Interlocked.Increment(ref _generation);
}
