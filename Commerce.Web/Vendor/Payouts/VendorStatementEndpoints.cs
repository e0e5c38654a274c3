using System.Globalization;
using System.Text;
using Commerce.Web.Security;

namespace Commerce.Web.Vendor.Payouts;

/// <summary>The statement CSV download: a plain GET under the vendor policy; the vendor is the signed-in one, never a parameter.</summary>
internal static class VendorStatementEndpoints
{
    public static void MapVendorStatementEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/vendor/statement.csv", async (HttpContext http, string? from, string? to, CurrentVendor vendor, VendorPayoutsService payouts,
            TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            if (!TryDate(from, today.AddDays(-29), out var start) || !TryDate(to, today, out var end) || end < start)
                return Results.BadRequest("Give the period as from=YYYY-MM-DD&to=YYYY-MM-DD, with from before to.");
            var vendorId = await vendor.IdAsync(http.User, cancellationToken);
            var statement = await payouts.StatementForAsync(vendorId, start, end, cancellationToken);
            var csv = VendorPayoutsService.ToCsv(statement);
            return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"statement-{start:yyyy-MM-dd}-{end:yyyy-MM-dd}.csv");
        }).RequireAuthorization(Policies.ApprovedVendor);

    private static bool TryDate(string? value, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrEmpty(value))
        {
            date = fallback;
            return true;
        }
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
