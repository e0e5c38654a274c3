using System.Globalization;
using Commerce.Core.Catalog;
using Commerce.Core.Common;
using CsvHelper;

namespace Commerce.Infrastructure.Catalog.Csv;

/// <summary>One row of the catalog file: a variant and the product it belongs to (product columns repeat on each of its rows).</summary>
public sealed record CatalogCsvRow(int Line, string ProductSku, string Name, string? Slug, string CategorySlug, string VendorSlug, ProductStatus Status,
    decimal Price, decimal? CompareAtPrice, decimal? CostPrice, bool Featured, bool TrackInventory, bool AllowBackorder, string? ShortDescription,
    string VariantSku, IReadOnlyDictionary<string, string> Options, decimal? VariantPrice, int? Stock);

/// <summary>
/// The products CSV: its columns, and reading it row by row into <see cref="CatalogCsvRow"/>s with every problem named by
/// line, column and reason. Export writes the same columns, so an exported file imports back unchanged.
/// </summary>
public static class CatalogCsv
{
    public static readonly string[] Columns =
    [
        "ProductSku", "Name", "Slug", "Category", "Vendor", "Status", "Price", "CompareAtPrice", "CostPrice", "Featured", "TrackInventory",
        "AllowBackorder", "ShortDescription", "VariantSku", "Options", "VariantPrice", "Stock",
    ];

    private static readonly string[] Required = ["ProductSku", "Name", "Category", "Vendor", "Price", "VariantSku"];

    /// <summary>Writes options as "Size=M; Colour=Navy".</summary>
    public static string FormatOptions(IReadOnlyDictionary<string, string> options) => string.Join("; ", options.Select(o => $"{o.Key}={o.Value}"));

    public static (List<CatalogCsvRow> Rows, List<ImportProblem> Problems) Read(string content)
    {
        var rows = new List<CatalogCsvRow>();
        var problems = new List<ImportProblem>();
        using var csv = CsvReader.FromText(content, new CsvReaderOptions { TrackLineNumbers = true, TrimWhitespace = true });
        try
        {
            var headers = csv.Headers;
            foreach (var missing in Required.Where(r => !headers.Contains(r, StringComparer.OrdinalIgnoreCase)))
                problems.Add(new ImportProblem(1, missing, "This column is missing from the header row."));
            if (problems.Count > 0) return (rows, problems);
            while (csv.Read())
            {
                var row = new RowReader(csv, csv.LineNumber, problems);
                var parsed = row.Parse();
                if (parsed is not null) rows.Add(parsed);
            }
        }
        catch (CsvFormatException ex)
        {
            problems.Add(new ImportProblem(rows.Count + 2, "", $"The file is not valid CSV: {ex.Message}"));
        }
        return (rows, problems);
    }

    private sealed class RowReader(CsvReader csv, long line, List<ImportProblem> problems)
    {
        private readonly int _line = (int)line;
        private bool _bad;

        public CatalogCsvRow? Parse()
        {
            var productSku = Sku("ProductSku");
            var name = Text("Name", 200, required: true);
            var slug = Text("Slug", 200);
            if (slug is not null && !Core.Common.Slug.IsValid(slug)) Problem("Slug", $"'{slug}' is not a valid slug (lower-case letters, digits and single hyphens).");
            else if (slug is null && name is not null && !name.Any(char.IsAsciiLetterOrDigit)) Problem("Slug", "The name has no letters or digits to make a slug from; give one.");
            var category = Text("Category", 200, required: true);
            var vendor = Text("Vendor", 200, required: true);
            var status = Text("Status", 20) is { } s ? Enum.TryParse<ProductStatus>(s, true, out var st) && Enum.IsDefined(st) ? st : Bad("Status", $"'{s}' is not Draft, Active or Archived.", ProductStatus.Draft) : ProductStatus.Draft;
            var price = Money("Price", required: true) ?? 0;
            var compareAt = Money("CompareAtPrice");
            if (compareAt is { } c && c <= price) Problem("CompareAtPrice", "Must be above the price, or empty.");
            var cost = Money("CostPrice");
            var featured = Flag("Featured", false);
            var track = Flag("TrackInventory", true);
            var backorder = Flag("AllowBackorder", false);
            var shortDescription = Text("ShortDescription", 500);
            var variantSku = Sku("VariantSku");
            var options = Options();
            var variantPrice = Money("VariantPrice");
            var stock = Text("Stock", 12) is { } q ? int.TryParse(q, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0 ? n : Bad<int?>("Stock", $"'{q}' is not a whole number of 0 or more.", null) : null;
            return _bad ? null : new CatalogCsvRow(_line, productSku!, name!, slug, category!, vendor!, status, price, compareAt, cost, featured, track, backorder,
                shortDescription, variantSku!, options, variantPrice, stock);
        }

        private string? Value(string column) =>
            csv.TryGetFieldIndex(column, out var index) && index < csv.FieldCount && csv.GetString(index) is { Length: > 0 } v ? v.Trim() : null;

        private string? Text(string column, int max, bool required = false)
        {
            var value = Value(column);
            if (value is null && required) Problem(column, "Required.");
            if (value?.Length > max) Problem(column, $"At most {max} characters.");
            return value;
        }

        private string? Sku(string column)
        {
            var value = Value(column);
            if (value is null) { Problem(column, "Required."); return null; }
            try { return Core.Common.Sku.Normalize(value); }
            catch (DomainException ex) { Problem(column, ex.Message); return null; }
        }

        private decimal? Money(string column, bool required = false)
        {
            var value = Value(column);
            if (value is null) { if (required) Problem(column, "Required."); return null; }
            if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0 || decimal.Round(amount, 2) != amount)
                return Bad<decimal?>(column, $"'{value}' is not an amount of 0 or more with at most 2 decimals (use a dot: 12.50).", null);
            return amount;
        }

        private bool Flag(string column, bool fallback) => Value(column)?.ToLowerInvariant() switch
        {
            null => fallback,
            "true" or "yes" or "1" => true,
            "false" or "no" or "0" => false,
            var other => Bad(column, $"'{other}' is not true or false.", fallback),
        };

        private Dictionary<string, string> Options()
        {
            var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in (Value("Options") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = pair.Split('=', 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0 || !options.TryAdd(parts[0], parts[1]))
                    Problem("Options", $"'{pair}' is not Name=Value, or names an option twice (write e.g. Size=M; Colour=Navy).");
            }
            return options;
        }

        private T Bad<T>(string column, string reason, T fallback)
        {
            Problem(column, reason);
            return fallback;
        }

        private void Problem(string column, string reason)
        {
            _bad = true;
            problems.Add(new ImportProblem(_line, column, reason));
        }
    }
}
