using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Pricing;

namespace Commerce.Core.Tests.Marketplace;

/// <summary>Random but reproducible marketplace orders across three vendors: discounts, free shipping, tax.</summary>
internal static class GeneratedOrders
{
    public static readonly IReadOnlyDictionary<int, decimal?> Rates = new Dictionary<int, decimal?> { [1] = 0.15m, [2] = 0.085m, [3] = null };

    public static Money Usd(decimal amount) => new(amount, "USD");

    public static SplitOrder Next(Random random)
    {
        var lines = Enumerable.Range(1, random.Next(1, 7)).Select(id =>
        {
            var quantity = random.Next(1, 5);
            var unit = random.Next(1, 20_000) / 100m;
            return (Id: id, Vendor: random.Next(1, 4), Subtotal: Usd(unit * quantity));
        }).ToList();
        var subtotal = Money.Sum(lines.Select(l => l.Subtotal), "USD");
        // A third of orders have no discount, some a discount of everything (100 % coupons), the rest a part.
        var discount = random.Next(6) switch
        {
            0 or 1 => Usd(0m),
            2 => subtotal,
            _ => Usd(Math.Round(subtotal.Amount * random.Next(1, 60) / 100m, 2)),
        };
        var lineDiscounts = ProportionalAllocation.Allocate(discount, lines.Select(l => l.Subtotal).ToList());
        var shipping = random.Next(3) == 0 ? Usd(0m) : Usd(random.Next(0, 2_500) / 100m);
        var taxRate = new[] { 0m, 0.0725m, 0.19m, 0.0625m }[random.Next(4)];
        var lineTaxes = lines.Select((l, i) => (l.Subtotal - lineDiscounts[i]).Multiply(taxRate).Round()).ToList();
        // Sometimes tax is also charged on shipping, so the order's tax is more than its lines' taxes.
        var tax = Money.Sum(lineTaxes, "USD") + (random.Next(4) == 0 ? shipping.Multiply(taxRate).Round() : Usd(0m));
        // Sometimes the lines carry no discount of their own and the order's discount must be spread.
        var keepLineDiscounts = random.Next(5) != 0;
        var splitLines = lines.Select((l, i) => new SplitLine(l.Id, l.Vendor, l.Subtotal, keepLineDiscounts ? lineDiscounts[i] : Usd(0m), lineTaxes[i])).ToList();
        return new SplitOrder(splitLines, discount, shipping, tax, subtotal - discount + shipping + tax);
    }

    public static IEnumerable<SplitPolicy> Policies() =>
        from shipping in Enum.GetValues<ChargeAssignment>()
        from tax in Enum.GetValues<ChargeAssignment>()
        select new SplitPolicy(0.10m, shipping, tax);

    public static decimal SumOf(IEnumerable<LedgerTransaction> transactions, Func<LedgerEntry, bool> which) =>
        transactions.SelectMany(t => t.Entries).Where(which).Sum(e => e.Amount);
}
