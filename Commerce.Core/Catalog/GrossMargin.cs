using Commerce.Core.Common;

namespace Commerce.Core.Catalog;

/// <summary>What a sale leaves after the cost of the goods: amount and share of the price (gross margin).</summary>
public readonly record struct GrossMargin(Money Amount, decimal? Percent)
{
    /// <summary>Null when the cost is unknown; the percentage is null when the price is zero.</summary>
    public static GrossMargin? Of(Money price, decimal? cost)
    {
        if (cost is not { } c) return null;
        var amount = new Money(price.Amount - c, price.Currency);
        decimal? percent = price.Amount == 0 ? null : Math.Round(amount.Amount / price.Amount * 100m, 1, MidpointRounding.AwayFromZero);
        return new GrossMargin(amount, percent);
    }
}
