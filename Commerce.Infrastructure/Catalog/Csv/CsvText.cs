using CsvHelper;

namespace Commerce.Infrastructure.Catalog.Csv;

/// <summary>Writes rows of text fields as one RFC 4180 CSV document (CsvHelper quotes and escapes; formulas are not protected here).</summary>
public static class CsvText
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, null, leaveOpen: true))
        {
            csv.WriteRecord(header.ToArray().AsSpan());
            foreach (var row in rows) csv.WriteRecord(row.ToArray().AsSpan()!);
            csv.Flush();
        }
        return text.ToString();
    }
}
