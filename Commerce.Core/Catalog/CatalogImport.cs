namespace Commerce.Core.Catalog;

public enum CatalogImportStatus
{
    Queued = 0,
    Running = 1,
    Succeeded = 2,
    /// <summary>The file had bad rows: nothing was applied; <see cref="CatalogImport.Problems"/> lists them.</summary>
    Rejected = 3,
    Failed = 4,
}

/// <summary>One bad cell or row of an import file: where it is and why it was refused.</summary>
public sealed record ImportProblem(int Line, string Column, string Reason);

/// <summary>
/// A CSV file of products being imported in the background. All or nothing: any bad row rejects the whole file,
/// so a half-applied catalog never exists. Progress is counted in rows so a page can show a bar.
/// </summary>
public class CatalogImport
{
    private List<ImportProblem> _problems = [];

    private CatalogImport() { }

    public CatalogImport(string fileName, string content, string requestedBy, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        FileName = fileName;
        Content = content;
        RequestedBy = requestedBy;
        CreatedAt = at;
        Status = CatalogImportStatus.Queued;
    }

    public Guid Id { get; private set; }
    public string FileName { get; private set; } = "";
    public string Content { get; private set; } = "";
    public string RequestedBy { get; private set; } = "";
    public CatalogImportStatus Status { get; private set; }
    public int TotalRows { get; private set; }
    public int ProcessedRows { get; private set; }
    public int Created { get; private set; }
    public int Updated { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<ImportProblem> Problems => _problems;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is CatalogImportStatus.Succeeded or CatalogImportStatus.Rejected or CatalogImportStatus.Failed;

    public void Start(int totalRows) => (Status, TotalRows, ProcessedRows) = (CatalogImportStatus.Running, totalRows, 0);

    public void Succeed(int created, int updated, DateTimeOffset at) =>
        (Status, Created, Updated, ProcessedRows, FinishedAt) = (CatalogImportStatus.Succeeded, created, updated, TotalRows, at);

    public void Reject(IReadOnlyList<ImportProblem> problems, DateTimeOffset at)
    {
        Status = CatalogImportStatus.Rejected;
        _problems = [.. problems];
        FinishedAt = at;
    }

    public void Fail(string error, DateTimeOffset at) => (Status, Error, FinishedAt) = (CatalogImportStatus.Failed, error, at);
}
