using Commerce.Core.Common;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// Stripe takes amounts as integers in the currency's smallest unit: cents for USD, whole yen for JPY, and for the
/// three-decimal currencies thousandths that must end in 0. An amount that cannot be sent exactly is a pricing bug.
/// </summary>
public static class StripeAmounts
{
    private static readonly HashSet<string> ZeroDecimal =
        ["BIF", "CLP", "DJF", "GNF", "JPY", "KMF", "KRW", "MGA", "PYG", "RWF", "VND", "VUV", "XAF", "XOF", "XPF"];

    private static readonly HashSet<string> ThreeDecimal = ["BHD", "JOD", "KWD", "OMR", "TND"];

    // Stripe lists ISK and UGX as zero-decimal but takes them as two-decimal amounts that are whole units.
    private static readonly HashSet<string> WholeUnitsAsTwoDecimal = ["ISK", "UGX"];

    public static long ToMinorUnits(Money money)
    {
        var minor = money.Amount * Factor(money.Currency);
        var wholeUnitsOnly = ZeroDecimal.Contains(money.Currency) || WholeUnitsAsTwoDecimal.Contains(money.Currency);
        if (minor != decimal.Truncate(minor) || (wholeUnitsOnly && money.Amount != decimal.Truncate(money.Amount))
            || (ThreeDecimal.Contains(money.Currency) && minor % 10 != 0))
            throw new InvalidOperationException($"{money.Amount} {money.Currency} cannot be charged exactly through Stripe.");
        return (long)minor;
    }

    public static Money FromMinorUnits(long amount, string currency)
    {
        var code = Currency.Normalize(currency);
        return new Money(amount / Factor(code), code);
    }

    private static decimal Factor(string currency) =>
        ZeroDecimal.Contains(currency) ? 1m : ThreeDecimal.Contains(currency) ? 1000m : 100m;
}
