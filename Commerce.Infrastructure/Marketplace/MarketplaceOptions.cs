using System.ComponentModel.DataAnnotations;
using Commerce.Core.Marketplace;

namespace Commerce.Infrastructure.Marketplace;

/// <summary>How the marketplace divides and pays out money; bound from <c>Marketplace</c>.</summary>
public sealed class MarketplaceOptions : IValidatableObject
{
    public const string Section = "Marketplace";

    /// <summary>Commission for vendors without their own rate (0.10 = 10 %).</summary>
    [Range(0, 1, ErrorMessage = "Marketplace:DefaultCommissionRate must be between 0 and 1.")]
    public decimal DefaultCommissionRate { get; set; } = 0.10m;

    /// <summary>Who receives the shipping customers pay: Platform or Vendors (spread over their goods).</summary>
    public ChargeAssignment Shipping { get; set; } = ChargeAssignment.Platform;

    /// <summary>Who receives (and remits) the tax: Platform or Vendors (each line's own tax).</summary>
    public ChargeAssignment Tax { get; set; } = ChargeAssignment.Vendors;

    /// <summary>How long after payment a sale stays pending before it can be paid out, so refunds can still be absorbed.</summary>
    public TimeSpan HoldPeriod { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Available balances below this are carried to the next payout run.</summary>
    [Range(0, 1_000_000)]
    public decimal MinimumPayout { get; set; } = 25m;

    public SplitPolicy Policy => new(DefaultCommissionRate, Shipping, Tax);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (HoldPeriod < TimeSpan.Zero) yield return new ValidationResult("Marketplace:HoldPeriod cannot be negative.", [nameof(HoldPeriod)]);
    }
}
