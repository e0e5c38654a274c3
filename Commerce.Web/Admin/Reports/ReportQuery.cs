using System.Globalization;
using Commerce.Core.Common;
using Commerce.Core.Reporting;

namespace Commerce.Web.Admin.Reports;

/// <summary>Reads a report's range from its query string (from, to as yyyy-MM-dd; by = day|week|month). Missing: the last 30 days.</summary>
public static class ReportQuery
{
    public static (DayRange Range, SalesInterval Interval, string? Error) Parse(string? from, string? to, string? by, DateOnly today)
    {
        var fallback = DayRange.LastDays(today, 30);
        var interval = by?.ToLowerInvariant() switch { "week" => SalesInterval.Week, "month" => SalesInterval.Month, _ => SalesInterval.Day };
        if (!TryDate(from, fallback.From, out var start) || !TryDate(to, fallback.To, out var end))
            return (fallback, interval, "Dates must be written as YYYY-MM-DD.");
        try
        {
            return (new DayRange(start, end), interval, null);
        }
        catch (DomainException ex)
        {
            return (fallback, interval, ex.Message);
        }
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        date = fallback;
        return string.IsNullOrWhiteSpace(text) || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
