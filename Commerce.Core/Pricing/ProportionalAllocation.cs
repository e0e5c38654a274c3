using Commerce.Core.Common;

namespace Commerce.Core.Pricing;

/// <summary>
/// Splits an amount into whole cents in proportion to weights, so the parts add up to the amount exactly.
/// Leftover cents go to the largest fractional remainders; ties go to the biggest weight, then to the earliest.
/// </summary>
public static class ProportionalAllocation
{
    public static IReadOnlyList<Money> Allocate(Money amount, IReadOnlyList<Money> weights)
    {
        if (amount.IsNegative || weights.Any(w => w.IsNegative)) throw new DomainException("Only non-negative amounts can be allocated.");
        if (amount.Round() != amount) throw new DomainException($"{amount.Amount} is not a whole number of cents.");
        if (weights.Any(w => w.Currency != amount.Currency)) throw new DomainException("Weights must share the amount's currency.");

        var totalCents = Cents(amount);
        var weightCents = weights.Select(Cents).ToList();
        var totalWeight = weightCents.Sum();
        if (totalWeight == 0)
        {
            if (totalCents != 0) throw new DomainException("Cannot allocate an amount over nothing.");
            return weights.Select(_ => Money.Zero(amount.Currency)).ToList();
        }

        // Integer arithmetic on cents keeps every share and remainder exact.
        var remainders = weightCents.Select(w => totalCents * w % totalWeight).ToList();
        var shares = weightCents.Select((w, i) => (totalCents * w - remainders[i]) / totalWeight).ToList();
        var leftover = (int)(totalCents - shares.Sum());
        var luckyLines = Enumerable.Range(0, weights.Count)
            .OrderByDescending(i => remainders[i])
            .ThenByDescending(i => weightCents[i])
            .ThenBy(i => i)
            .Take(leftover);
        foreach (var i in luckyLines) shares[i] += 1;

        return shares.Select(cents => new Money(cents / 100m, amount.Currency)).ToList();
    }

    private static decimal Cents(Money money) => money.Round().Amount * 100m;
}
