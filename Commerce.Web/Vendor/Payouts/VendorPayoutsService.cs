using System.Globalization;
using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Persistence;
using Commerce.Web.Security;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Vendor.Payouts;

public sealed record VendorPayoutRow(int Id, Money Amount, PayoutMethod Method, PayoutStatus Status, string? Reference, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>The signed-in vendor's money: balance, payouts and statements, all read through <see cref="VendorScope"/>.</summary>
public sealed class VendorPayoutsService(CurrentVendor currentVendor, IDbContextFactory<CommerceDbContext> contexts, MarketplaceLedger ledger, TimeProvider clock)
{
    public TimeSpan HoldPeriod => ledger.Options.HoldPeriod;
    public Money MinimumPayout => new(ledger.Options.MinimumPayout, Currency.Default);

    public async Task<(VendorBalance Balance, IReadOnlyList<VendorPayoutRow> Payouts)> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var vendorId = await currentVendor.IdAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var balance = await MarketplaceLedger.BalanceAsync(db, vendorId, Currency.Default, clock.GetUtcNow(), cancellationToken);
        var payouts = await db.VendorPayouts.AsNoTracking().OwnedBy(vendorId).OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(100)
            .Select(p => new VendorPayoutRow(p.Id, new Money(p.Amount, p.Currency), p.Method, p.Status, p.Reference, p.CreatedAt, p.SentAt))
            .ToListAsync(cancellationToken);
        return (balance, payouts);
    }

    public async Task<VendorStatement> StatementAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        await StatementForAsync(await currentVendor.IdAsync(cancellationToken), from, to, cancellationToken);

    /// <summary>The period is whole UTC days, <paramref name="to"/> included.</summary>
    public async Task<VendorStatement> StatementForAsync(int vendorId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return await VendorStatements.ForAsync(db, vendorId, start, end, Currency.Default, cancellationToken);
    }

    /// <summary>The statement as CSV: an opening row, every movement with its running balance, a closing row. Amounts in cents-exact decimals.</summary>
    public static string ToCsv(VendorStatement statement)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true);
        csv.WriteRecord(["Date", "Type", "Description", "Order", "Payout", "Amount", "Balance", "Currency"]);
        Row(csv, statement.From, "Opening balance", "", null, null, null, statement.Opening);
        foreach (var line in statement.Lines)
            Row(csv, line.At, line.Type.ToString(), line.Description, line.OrderNumber, line.PayoutId, line.Amount.Amount, line.Balance);
        Row(csv, statement.To, "Closing balance", "", null, null, null, statement.Closing);
        csv.Flush();
        return writer.ToString();
    }

    private static void Row(CsvWriter csv, DateTimeOffset at, string type, string description, string? order, int? payout, decimal? amount, Money balance) =>
        csv.WriteRecord(
        [
            at == DateTimeOffset.MinValue || at == DateTimeOffset.MaxValue ? "" : at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            type,
            description,
            order ?? "",
            payout?.ToString(CultureInfo.InvariantCulture) ?? "",
            amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "",
            balance.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            balance.Currency,
        ]);
}
