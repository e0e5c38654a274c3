using System.Globalization;
using Commerce.Core.Common;
using Commerce.Core.Promotions;

namespace Commerce.Web.Admin.Coupons;

/// <summary>How the coupon pages word a coupon's type, value and dates.</summary>
internal static class CouponText
{
    public static string TypeName(CouponType type) => type switch
    {
        CouponType.Percentage => "Percentage",
        CouponType.FixedAmount => "Fixed amount",
        _ => "Free shipping",
    };

    public static string Value(CouponType type, decimal value, string currency) => type switch
    {
        CouponType.Percentage => $"{value.ToString("0.##", CultureInfo.InvariantCulture)}%",
        CouponType.FixedAmount => new Money(value, currency).Format(),
        _ => "—",
    };

    public static string Dates(DateTimeOffset? startsAt, DateTimeOffset? endsAt) => (startsAt, endsAt) switch
    {
        (null, null) => "Always",
        ({ } s, null) => $"From {Day(s)}",
        (null, { } e) => $"Until {Day(e)}",
        ({ } s, { } e) => $"{Day(s)} – {Day(e)}",
    };

    public static string Moment(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    private static string Day(DateTimeOffset at) => at.UtcDateTime.TimeOfDay == TimeSpan.Zero
        ? at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
