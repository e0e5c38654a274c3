using Commerce.Core.Catalog;
using Commerce.Infrastructure.Jobs;
using Commerce.Infrastructure.Persistence;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.CatalogImport;

public sealed record ImportStatus(Guid Id, string FileName, CatalogImportStatus Status, int TotalRows, int ProcessedRows, int Created, int Updated,
    string? Error, IReadOnlyList<ImportProblem> Problems, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    public bool IsFinished => Status is CatalogImportStatus.Succeeded or CatalogImportStatus.Rejected or CatalogImportStatus.Failed;
    public double Percent => TotalRows == 0 ? 0 : Math.Round(100.0 * ProcessedRows / TotalRows, 1);
}

/// <summary>Queues a products CSV for the background import job and reports on it.</summary>
public sealed class CatalogImportService(IDbContextFactory<CommerceDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    public async Task<Guid> QueueAsync(string fileName, string content, string requestedBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var import = new Core.Catalog.CatalogImport(Path.GetFileName(fileName), content, requestedBy, clock.GetUtcNow());
        db.CatalogImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<CatalogImportJob>(job => job.RunAsync(import.Id, CancellationToken.None));
        return import.Id;
    }

    public async Task<ImportStatus?> StatusAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var i = await db.CatalogImports.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return i is null ? null : new ImportStatus(i.Id, i.FileName, i.Status, i.TotalRows, i.ProcessedRows, i.Created, i.Updated, i.Error, i.Problems, i.CreatedAt, i.FinishedAt);
    }

    public async Task<IReadOnlyList<ImportStatus>> RecentAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CatalogImports.AsNoTracking().OrderByDescending(i => i.CreatedAt).Take(10)
            .Select(i => new ImportStatus(i.Id, i.FileName, i.Status, i.TotalRows, i.ProcessedRows, i.Created, i.Updated, i.Error,
                Array.Empty<ImportProblem>(), i.CreatedAt, i.FinishedAt))
            .ToListAsync(cancellationToken);
    }
}
