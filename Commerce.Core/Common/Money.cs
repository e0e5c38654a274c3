using System.Globalization;

namespace Commerce.Core.Common;

/// <summary>An amount of money in one currency. Arithmetic across currencies is a bug and throws.</summary>
public readonly record struct Money : IComparable<Money>
{
    public decimal Amount { get; }
    public string Currency { get; }

    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = Common.Currency.Normalize(currency);
    }

    public static Money Zero(string currency) => new(0m, currency);

    public bool IsZero => Amount == 0m;
    public bool IsNegative => Amount < 0m;

    /// <summary>Rounds half away from zero to the currency's minor unit (cents), as receipts and tax authorities do.</summary>
    public Money Round() => new(Math.Round(Amount, 2, MidpointRounding.AwayFromZero), Currency);

    public Money Multiply(decimal factor) => new(Amount * factor, Currency);
    public Money Multiply(int quantity) => new(Amount * quantity, Currency);
    public Money Min(Money other) => CompareTo(other) <= 0 ? this : other;
    public Money Max(Money other) => CompareTo(other) >= 0 ? this : other;
    public Money Negate() => new(-Amount, Currency);

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount, SameCurrency(a, b));
    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount, SameCurrency(a, b));
    public static bool operator <(Money a, Money b) => a.CompareTo(b) < 0;
    public static bool operator >(Money a, Money b) => a.CompareTo(b) > 0;
    public static bool operator <=(Money a, Money b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Money a, Money b) => a.CompareTo(b) >= 0;

    public int CompareTo(Money other)
    {
        SameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    public static Money Sum(IEnumerable<Money> values, string currency) =>
        values.Aggregate(Zero(currency), (total, next) => total + next);

    /// <summary>Formats for display with the currency symbol first, e.g. "$12.50"; digits follow the given culture.</summary>
    public string Format(CultureInfo? culture = null)
    {
        var symbol = Currency switch { "USD" => "$", "EUR" => "€", "GBP" => "£", _ => Currency + " " };
        var number = Math.Abs(Amount).ToString("N2", culture ?? CultureInfo.InvariantCulture);
        return (Amount < 0 ? "-" : "") + symbol + number;
    }

    public override string ToString() => Format();

    private static string SameCurrency(Money a, Money b) =>
        a.Currency == b.Currency ? a.Currency
            : throw new DomainException($"Cannot combine {a.Currency} and {b.Currency} amounts.");
}
