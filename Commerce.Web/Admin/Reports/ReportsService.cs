using Commerce.Core.Common;
using Commerce.Core.Reporting;
using Commerce.Infrastructure.Persistence;
using Commerce.Infrastructure.Reporting;
using Commerce.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Commerce.Web.Admin.Reports;

/// <summary>Builds each report from <see cref="SalesLedger"/>, so its figures are the dashboard's figures.</summary>
public sealed class ReportsService(IDbContextFactory<CommerceDbContext> contexts, IOptions<StoreSettings> store, TimeProvider clock)
{
    private string Currency => store.Value.Currency;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<ReportTable?> BuildAsync(string kind, DayRange range, SalesInterval interval, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return kind switch
        {
            ReportKinds.Sales => await SalesAsync(db, range, interval, cancellationToken),
            ReportKinds.Products => await ByAsync(db, kind, SalesDimension.Product, "Product", range, cancellationToken),
            ReportKinds.Vendors => await ByAsync(db, kind, SalesDimension.Vendor, "Vendor", range, cancellationToken),
            ReportKinds.Categories => await ByAsync(db, kind, SalesDimension.Category, "Category", range, cancellationToken),
            ReportKinds.Tax => await TaxAsync(db, range, cancellationToken),
            ReportKinds.Coupons => await CouponsAsync(db, range, cancellationToken),
            ReportKinds.Refunds => await RefundsAsync(db, range, cancellationToken),
            _ => null,
        };
    }

    private async Task<ReportTable> SalesAsync(CommerceDbContext db, DayRange range, SalesInterval interval, CancellationToken cancellationToken)
    {
        var buckets = await db.OverTimeAsync(range, interval, Currency, cancellationToken);
        var rows = buckets.Select(b => Row(Label(b.Start, interval), b.Orders, M(b.Gross), M(b.Discounts), M(b.Shipping), M(b.Tax), M(b.Refunds), M(b.Revenue),
            b.CartsStarted, Rate(b.Orders, b.CartsStarted))).ToList();
        var sum = SalesLedger.Figures(buckets, new DayRange(DayRange.BucketOf(range.From, interval), range.To), Currency);
        var totals = Row("Total", sum.Orders, sum.Gross, M(buckets.Sum(b => b.Discounts)), M(buckets.Sum(b => b.Shipping)), M(buckets.Sum(b => b.Tax)),
            sum.Refunds, sum.Revenue, sum.CartsStarted, Rate(sum.Orders, sum.CartsStarted));
        return new ReportTable(ReportKinds.Sales, "Sales over time",
            "Gross sales are the totals of orders that took payment, on the day they were placed; refunds count on the day the provider made them. Net revenue = gross − refunds.",
            range, interval,
            [new("Period"), new("Orders", true), new("Gross sales", true), new("Discounts", true), new("Shipping", true), new("Tax", true),
             new("Refunds", true), new("Net revenue", true), new("Carts started", true), new("Carts → orders", true)],
            rows, totals, new ReportChart("Net revenue", ReportChartKind.Line, buckets.Select(b => Label(b.Start, interval)).ToList(), buckets.Select(b => (double)b.Revenue).ToList()));
    }

    private async Task<ReportTable> ByAsync(CommerceDbContext db, string kind, SalesDimension dimension, string name, DayRange range, CancellationToken cancellationToken)
    {
        var list = await db.ByAsync(dimension, range, Currency, cancellationToken: cancellationToken);
        var rows = list.Select(r => Row(r.Name, r.Units, r.Orders, M(r.Sales), M(r.Refunds), M(r.Revenue))).ToList();
        var totals = Row("Total", list.Sum(r => r.Units), null, M(list.Sum(r => r.Sales)), M(list.Sum(r => r.Refunds)), M(list.Sum(r => r.Revenue)));
        var top = list.Take(10).ToList();
        return new ReportTable(kind, $"Sales by {name.ToLowerInvariant()}",
            "Sales are line totals after discounts, with tax, on orders that took payment. A refund is shared over its order's lines in proportion to their totals (the rest is shipping).",
            range, SalesInterval.Day, [new(name), new("Units", true), new("Orders", true), new("Sales", true), new("Refunds", true), new("Net revenue", true)],
            rows, totals, new ReportChart("Net revenue", ReportChartKind.Bar, top.Select(r => Short(r.Name)).ToList(), top.Select(r => (double)r.Revenue).ToList()));
    }

    private async Task<ReportTable> TaxAsync(CommerceDbContext db, DayRange range, CancellationToken cancellationToken)
    {
        var list = await db.TaxAsync(range, Currency, cancellationToken);
        var rows = list.Select(r => Row(r.CountryCode, r.Region, r.Orders, M(r.Taxable), M(r.Tax), M(r.TaxRefunded), M(r.NetTax))).ToList();
        var totals = Row("Total", "", list.Sum(r => r.Orders), M(list.Sum(r => r.Taxable)), M(list.Sum(r => r.Tax)), M(list.Sum(r => r.TaxRefunded)), M(list.Sum(r => r.NetTax)));
        var top = list.Take(12).ToList();
        return new ReportTable(ReportKinds.Tax, "Tax collected",
            "Tax charged on orders that took payment, by the country and region they shipped to. A refund gives back tax in proportion to its part of the order total.",
            range, SalesInterval.Day, [new("Country"), new("Region"), new("Orders", true), new("Taxable (incl. shipping)", true), new("Tax charged", true), new("Tax refunded", true), new("Net tax", true)],
            rows, totals, new ReportChart("Net tax", ReportChartKind.Bar, top.Select(r => r.Region is { Length: > 0 } ? $"{r.CountryCode}-{r.Region}" : r.CountryCode).ToList(),
                top.Select(r => (double)r.NetTax).ToList()));
    }

    private async Task<ReportTable> CouponsAsync(CommerceDbContext db, DayRange range, CancellationToken cancellationToken)
    {
        var list = await db.CouponSalesAsync(range, Currency, cancellationToken: cancellationToken);
        var all = await db.FiguresAsync(range, Currency, cancellationToken);
        var rows = list.Select(c => Row(c.Code, c.Orders, M(c.Gross), M(c.Discount), M(c.Refunds), M(c.Revenue), Average(c.Gross, c.Orders))).ToList();
        // Orders without a coupon, so the coupons' orders can be compared with the rest.
        var (orders, gross) = (all.Orders - list.Sum(c => c.Orders), all.Gross.Amount - list.Sum(c => c.Gross));
        var refunds = all.Refunds.Amount - list.Sum(c => c.Refunds);
        rows.Add(Row("(no coupon)", orders, M(gross), M(0), M(refunds), M(gross - refunds), Average(gross, orders)));
        var top = list.Take(10).ToList();
        return new ReportTable(ReportKinds.Coupons, "Coupons' effect",
            "Orders that used each coupon and took payment: their sales, the discount the coupon gave and the refunds on them; the last row is every other order, for comparison.",
            range, SalesInterval.Day, [new("Coupon"), new("Orders", true), new("Gross sales", true), new("Discount given", true), new("Refunds", true), new("Net revenue", true), new("Avg. order value", true)],
            rows, Row("Total", all.Orders, all.Gross, M(list.Sum(c => c.Discount)), all.Refunds, all.Revenue, all.AverageOrderValue),
            new ReportChart("Discount given", ReportChartKind.Bar, top.Select(c => c.Code).ToList(), top.Select(c => (double)c.Discount).ToList()));
    }

    private async Task<ReportTable> RefundsAsync(CommerceDbContext db, DayRange range, CancellationToken cancellationToken)
    {
        var list = await db.RefundsAsync(range, Currency, cancellationToken);
        var rows = list.Select(r => Row(r.CompletedAt.ToString("yyyy-MM-dd HH:mm"), r.OrderNumber, r.Email, M(r.Amount), r.Reason)).ToList();
        var days = range.Buckets(SalesInterval.Day);
        var perDay = list.GroupBy(r => DateOnly.FromDateTime(r.CompletedAt.UtcDateTime)).ToDictionary(g => g.Key, g => g.Sum(r => r.Amount));
        return new ReportTable(ReportKinds.Refunds, "Refunds",
            "Refunds the payment provider made in the range, on orders that took payment; refunds still with the provider or refused are not counted.",
            range, SalesInterval.Day, [new("Refunded (UTC)"), new("Order"), new("Customer"), new("Amount", true), new("Reason")],
            rows, Row("Total", $"{list.Count} refunds", "", M(list.Sum(r => r.Amount)), ""),
            new ReportChart("Refunds", ReportChartKind.Bar, days.Select(d => d.ToString("d MMM")).ToList(), days.Select(d => (double)perDay.GetValueOrDefault(d)).ToList()));
    }

    private Money M(decimal amount) => new(amount, Currency);

    private Money Average(decimal gross, int orders) => orders == 0 ? Money.Zero(Currency) : new Money(gross / orders, Currency).Round();

    private static Percent? Rate(int orders, int carts) => carts == 0 ? null : new Percent(Math.Round((decimal)orders / carts, 4, MidpointRounding.AwayFromZero));

    private static IReadOnlyList<object?> Row(params object?[] cells) => cells;

    private static string Short(string name) => name.Length <= 18 ? name : name[..17] + "…";

    public static string Label(DateOnly start, SalesInterval interval) => interval switch
    {
        SalesInterval.Month => start.ToString("MMM yyyy"),
        SalesInterval.Week => $"Week of {start:d MMM yyyy}",
        _ => start.ToString("ddd d MMM yyyy"),
    };
}
