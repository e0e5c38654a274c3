using Commerce.Infrastructure.Catalog.Csv;
using Hangfire;

namespace Commerce.Infrastructure.Jobs;

/// <summary>Runs one queued products CSV import in the background, so closing the page does not stop it.</summary>
public sealed class CatalogImportJob(CatalogImporter importer)
{
    [AutomaticRetry(Attempts = 0)] // a failed import applied nothing; the admin reads why and uploads again
    [JobDisplayName("Import products CSV {0}")]
    public Task RunAsync(Guid importId, CancellationToken cancellationToken) => importer.RunAsync(importId, cancellationToken);
}
