using System.Data.Common;
using Commerce.Core.Reporting;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Commerce.Infrastructure.Reporting;

/// <summary>
/// The queries behind every sales figure, each following <see cref="Core.Reporting.Sales"/>: sales are orders that took
/// payment, counted when placed; refunds of those orders are deducted when issued. The dashboard and the reports read
/// only from here, so they cannot disagree.
/// </summary>
public static class SalesLedger
{
    public static async Task<IReadOnlyList<SalesBucket>> OverTimeAsync(this CommerceDbContext db, DayRange range, SalesInterval interval,
        string currency, CancellationToken cancellationToken = default)
    {
        const string sql = """
            WITH s AS (
                SELECT date_trunc(@unit, o.placed_at AT TIME ZONE 'UTC')::date AS bucket, count(*)::int AS orders,
                       sum(o.total) AS gross, sum(o.discount_total) AS discounts, sum(o.shipping_total) AS shipping, sum(o.tax_total) AS tax
                FROM orders o
                WHERE o.payment_status = ANY(@sales) AND o.currency = @currency AND o.placed_at >= @from AND o.placed_at < @to
                GROUP BY 1),
            r AS (
                SELECT date_trunc(@unit, r.completed_at AT TIME ZONE 'UTC')::date AS bucket, count(*)::int AS refund_count, sum(r.amount) AS refunds
                FROM refunds r JOIN orders o ON o.id = r.order_id
                WHERE o.payment_status = ANY(@sales) AND r.currency = @currency AND r.status = @refunded AND r.completed_at >= @from AND r.completed_at < @to
                GROUP BY 1),
            c AS (
                SELECT date_trunc(@unit, d.day::timestamp)::date AS bucket, sum(d.carts)::int AS carts
                FROM cart_starts_daily d WHERE d.day >= @first_day AND d.day <= @last_day
                GROUP BY 1)
            SELECT bucket, coalesce(s.orders, 0), coalesce(s.gross, 0), coalesce(s.discounts, 0), coalesce(s.shipping, 0), coalesce(s.tax, 0),
                   coalesce(r.refund_count, 0), coalesce(r.refunds, 0), coalesce(c.carts, 0)
            FROM s FULL JOIN r USING (bucket) FULL JOIN c USING (bucket)
            ORDER BY bucket
            """;
        var rows = await ReadAsync(db, sql, Parameters(range, currency, ("unit", Unit(interval))), r => new SalesBucket(
            DateOnly.FromDateTime(r.GetDateTime(0)), r.GetInt32(1), r.GetDecimal(2), r.GetDecimal(3), r.GetDecimal(4), r.GetDecimal(5),
            r.GetInt32(6), r.GetDecimal(7), r.GetInt32(8)), cancellationToken);
        // Every bucket of the range appears, empty ones as zeros, so a chart's x-axis has no gaps.
        var byStart = rows.ToDictionary(b => b.Start);
        return range.Buckets(interval).Select(start => byStart.GetValueOrDefault(start) ?? new SalesBucket(start, 0, 0, 0, 0, 0, 0, 0, 0)).ToList();
    }

    /// <summary>The totals of a range as the dashboard shows them.</summary>
    public static async Task<SalesFigures> FiguresAsync(this CommerceDbContext db, DayRange range, string currency, CancellationToken cancellationToken = default) =>
        Figures(await db.OverTimeAsync(range, SalesInterval.Day, currency, cancellationToken), range, currency);

    /// <summary>Sums the daily buckets that fall in <paramref name="range"/>.</summary>
    public static SalesFigures Figures(IEnumerable<SalesBucket> days, DayRange range, string currency)
    {
        var inRange = days.Where(d => range.Contains(d.Start)).ToList();
        return new SalesFigures(inRange.Sum(d => d.Orders), new(inRange.Sum(d => d.Gross), currency), new(inRange.Sum(d => d.Refunds), currency),
            inRange.Sum(d => d.CartsStarted));
    }

    public static Task<List<SalesByKey>> ByAsync(this CommerceDbContext db, SalesDimension dimension, DayRange range, string currency,
        int take = 500, CancellationToken cancellationToken = default)
    {
        var (key, name, join) = dimension switch
        {
            SalesDimension.Vendor => ("i.vendor_id", "v.name", "JOIN vendors v ON v.id = i.vendor_id"),
            SalesDimension.Category => ("p.category_id", "c.name", "JOIN products p ON p.id = i.product_id JOIN categories c ON c.id = p.category_id"),
            _ => ("i.product_id", "coalesce(p.name, max(i.product_name))", "LEFT JOIN products p ON p.id = i.product_id"),
        };
        // The line's share of each refund is its part of the order total; the remainder is the order's shipping.
        var sql = $"""
            WITH sold AS (
                SELECT {key} AS id, sum(i.quantity)::int AS units, count(DISTINCT o.id)::int AS orders, sum(i.line_total) AS sales
                FROM order_items i JOIN orders o ON o.id = i.order_id {join}
                WHERE o.payment_status = ANY(@sales) AND o.currency = @currency AND o.placed_at >= @from AND o.placed_at < @to
                GROUP BY 1),
            refunded AS (
                SELECT {key} AS id, sum(r.amount * i.line_total / o.total) AS refunds
                FROM refunds r JOIN orders o ON o.id = r.order_id JOIN order_items i ON i.order_id = o.id {join}
                WHERE o.payment_status = ANY(@sales) AND r.currency = @currency AND r.status = @refunded AND r.completed_at >= @from AND r.completed_at < @to AND o.total > 0
                GROUP BY 1),
            named AS (
                SELECT {key} AS id, {name} AS name
                FROM order_items i {join}
                WHERE {key} IN (SELECT id FROM sold UNION SELECT id FROM refunded)
                GROUP BY {key}{(dimension == SalesDimension.Product ? ", p.name" : $", {name}")})
            SELECT n.id, n.name, coalesce(s.units, 0), coalesce(s.orders, 0), coalesce(s.sales, 0), round(coalesce(f.refunds, 0), 2)
            FROM named n LEFT JOIN sold s ON s.id = n.id LEFT JOIN refunded f ON f.id = n.id
            ORDER BY coalesce(s.sales, 0) - coalesce(f.refunds, 0) DESC, n.name
            LIMIT @take
            """;
        return ReadAsync(db, sql, Parameters(range, currency, ("take", take)), r => new SalesByKey(
            r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetDecimal(4), r.GetDecimal(5)), cancellationToken);
    }

    /// <summary>Tax by ship-to country and region; a refund gives back tax in proportion to its part of the order total.</summary>
    public static Task<List<TaxByRegion>> TaxAsync(this CommerceDbContext db, DayRange range, string currency, CancellationToken cancellationToken = default)
    {
        const string sql = """
            WITH charged AS (
                SELECT o.shipping_address_country_code AS country, coalesce(o.shipping_address_region, '') AS region, count(*)::int AS orders,
                       sum(o.total - o.tax_total) AS taxable, sum(o.tax_total) AS tax
                FROM orders o
                WHERE o.payment_status = ANY(@sales) AND o.currency = @currency AND o.placed_at >= @from AND o.placed_at < @to
                GROUP BY 1, 2),
            refunded AS (
                SELECT o.shipping_address_country_code AS country, coalesce(o.shipping_address_region, '') AS region,
                       sum(r.amount * o.tax_total / o.total) AS tax_refunded
                FROM refunds r JOIN orders o ON o.id = r.order_id
                WHERE o.payment_status = ANY(@sales) AND r.currency = @currency AND r.status = @refunded AND r.completed_at >= @from AND r.completed_at < @to AND o.total > 0
                GROUP BY 1, 2)
            SELECT country, region, coalesce(c.orders, 0), coalesce(c.taxable, 0), coalesce(c.tax, 0), round(coalesce(f.tax_refunded, 0), 2)
            FROM charged c FULL JOIN refunded f USING (country, region)
            ORDER BY coalesce(c.tax, 0) DESC, country, region
            """;
        return ReadAsync(db, sql, Parameters(range, currency), r => new TaxByRegion(
            r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetDecimal(3), r.GetDecimal(4), r.GetDecimal(5)), cancellationToken);
    }

    /// <summary>Per coupon: its sales in the range, the discount it gave on them and refunds of those orders; optionally one coupon.</summary>
    public static Task<List<CouponSales>> CouponSalesAsync(this CommerceDbContext db, DayRange range, string currency, int? couponId = null,
        CancellationToken cancellationToken = default)
    {
        const string sql = """
            WITH used AS (
                SELECT DISTINCT cr.coupon_id, cr.order_id, cr.amount FROM coupon_redemptions cr
                WHERE cr.status <> 'Released' AND (@coupon_id::int IS NULL OR cr.coupon_id = @coupon_id)),
            sold AS (
                SELECT u.coupon_id, count(*)::int AS orders, sum(o.total) AS gross, sum(u.amount) AS discount
                FROM used u JOIN orders o ON o.id = u.order_id
                WHERE o.payment_status = ANY(@sales) AND o.currency = @currency AND o.placed_at >= @from AND o.placed_at < @to
                GROUP BY 1),
            refunded AS (
                SELECT u.coupon_id, sum(r.amount) AS refunds
                FROM used u JOIN orders o ON o.id = u.order_id JOIN refunds r ON r.order_id = o.id
                WHERE o.payment_status = ANY(@sales) AND r.currency = @currency AND r.status = @refunded AND r.completed_at >= @from AND r.completed_at < @to
                GROUP BY 1)
            SELECT c.id, c.code, coalesce(s.orders, 0), coalesce(s.gross, 0), coalesce(s.discount, 0), coalesce(f.refunds, 0)
            FROM coupons c LEFT JOIN sold s ON s.coupon_id = c.id LEFT JOIN refunded f ON f.coupon_id = c.id
            WHERE (@coupon_id::int IS NULL OR c.id = @coupon_id) AND (s.coupon_id IS NOT NULL OR f.coupon_id IS NOT NULL OR @coupon_id::int IS NOT NULL)
            ORDER BY coalesce(s.gross, 0) DESC, c.code
            """;
        return ReadAsync(db, sql, Parameters(range, currency, ("coupon_id", (object?)couponId ?? DBNull.Value)), r => new CouponSales(
            r.GetInt32(0), r.GetString(1), r.GetInt32(2), r.GetDecimal(3), r.GetDecimal(4), r.GetDecimal(5)), cancellationToken);
    }

    /// <summary>The refunds counted in the range (made by the provider, on sales), newest first.</summary>
    public static Task<List<RefundMade>> RefundsAsync(this CommerceDbContext db, DayRange range, string currency, CancellationToken cancellationToken = default)
    {
        const string sql = """
            SELECT r.completed_at, o.id, o.number, o.email, r.amount, r.reason
            FROM refunds r JOIN orders o ON o.id = r.order_id
            WHERE o.payment_status = ANY(@sales) AND r.currency = @currency AND r.status = @refunded AND r.completed_at >= @from AND r.completed_at < @to
            ORDER BY r.completed_at DESC, r.id DESC
            LIMIT 5000
            """;
        return ReadAsync(db, sql, Parameters(range, currency), r => new RefundMade(
            r.GetFieldValue<DateTimeOffset>(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetDecimal(4), r.GetString(5)), cancellationToken);
    }

    private static string Unit(SalesInterval interval) => interval switch
    {
        SalesInterval.Week => "week",
        SalesInterval.Month => "month",
        _ => "day",
    };

    private static List<NpgsqlParameter> Parameters(DayRange range, string currency, params (string Name, object Value)[] extra)
    {
        var list = new List<NpgsqlParameter>
        {
            new("sales", Sales.TookPaymentNames),
            new("refunded", Sales.CountedRefund.ToString()),
            new("currency", currency),
            new("from", range.Start),
            new("to", range.End),
            new("first_day", range.From),
            new("last_day", range.To),
        };
        list.AddRange(extra.Select(p => p.Value is DBNull
            ? new NpgsqlParameter(p.Name, NpgsqlTypes.NpgsqlDbType.Integer) { Value = DBNull.Value }
            : new NpgsqlParameter(p.Name, p.Value)));
        return list;
    }

    // Plain ADO.NET on the context's connection: the rows are shaped by the SQL, not by an entity.
    private static async Task<List<T>> ReadAsync<T>(CommerceDbContext db, string sql, IEnumerable<NpgsqlParameter> parameters,
        Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened) await connection.OpenAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            foreach (var parameter in parameters) command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken)) rows.Add(read(reader));
            return rows;
        }
        finally
        {
            if (opened) await connection.CloseAsync();
        }
    }
}
