using Commerce.Core.Common;
using Commerce.Core.Reporting;

namespace Commerce.Web.Admin.Reports;

public sealed record ReportColumn(string Header, bool Numeric = false);

public enum ReportChartKind
{
    Line = 0,
    Bar = 1,
}

/// <summary>What the report's chart plots: one series, one value per label.</summary>
public sealed record ReportChart(string Series, ReportChartKind Kind, IReadOnlyList<string> Labels, IReadOnlyList<double> Values);

/// <summary>
/// One report over a range, shaped once for the page (table and chart) and the CSV download alike. Cells are strings,
/// whole numbers, <see cref="Money"/> or fractions (<see cref="Percent"/>).
/// </summary>
public sealed record ReportTable(
    string Kind,
    string Title,
    string Description,
    DayRange Range,
    SalesInterval Interval,
    IReadOnlyList<ReportColumn> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyList<object?>? Totals,
    ReportChart Chart);

/// <summary>A share such as a conversion rate; shown as a percentage, exported as the fraction.</summary>
public readonly record struct Percent(decimal Value);
