using CsvHelper;

namespace Commerce.Web.Admin;

/// <summary>Writes admin exports as CSV downloads with CsvHelper; cells a spreadsheet would run as a formula are escaped.</summary>
public static class Csv
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>A header row, then one row per item, streamed to the response.</summary>
    public static async Task WriteRowsAsync(HttpContext http, string fileName, string[] header, IAsyncEnumerable<string[]> rows)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var csv = CsvWriter.Create(http.Response.Body, Options, leaveOpen: true);
        await csv.WriteRecordAsync(header, http.RequestAborted);
        await foreach (var row in rows.WithCancellation(http.RequestAborted)) await csv.WriteRecordAsync(row, http.RequestAborted);
        await csv.FlushAsync(http.RequestAborted);
    }

    public static Task WriteRowsAsync(HttpContext http, string fileName, string[] header, IEnumerable<string[]> rows) =>
        WriteRowsAsync(http, fileName, header, rows.ToAsyncEnumerable());
}
