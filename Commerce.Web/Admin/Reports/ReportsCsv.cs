using System.Globalization;
using Commerce.Core.Common;
using Commerce.Web.Security;

namespace Commerce.Web.Admin.Reports;

/// <summary>GET /admin/reports/{kind}.csv?from=&amp;to=&amp;by= — the report's table as the page shows it, amounts as plain numbers.</summary>
public static class ReportsCsv
{
    public static void MapReportsCsv(this IEndpointRouteBuilder app) =>
        app.MapGet("/admin/reports/{kind}.csv", async (HttpContext http, ReportsService reports, string kind, string? from, string? to, string? by) =>
        {
            var (range, interval, error) = ReportQuery.Parse(from, to, by, reports.Today);
            if (error is not null) return Results.BadRequest(error);
            if (await reports.BuildAsync(kind, range, interval, http.RequestAborted) is not { } table) return Results.NotFound();
            var lines = table.Rows.Concat(table.Totals is { } t ? [t] : []).Select(row => row.Select(Cell).ToArray());
            await Csv.WriteRowsAsync(http, $"{kind}-{range.From:yyyyMMdd}-{range.To:yyyyMMdd}.csv", table.Columns.Select(Header).ToArray(), lines);
            return Results.Empty;
        }).RequireAuthorization(Policies.Admin);

    private static string Header(ReportColumn column) => column.Header;

    private static string Cell(object? cell) => cell switch
    {
        null => "",
        Money m => m.Amount.ToString("0.00", CultureInfo.InvariantCulture),
        Percent p => p.Value.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
