using System.ComponentModel.DataAnnotations;

namespace Commerce.Infrastructure.Ordering;

public sealed class CheckoutOptions
{
    public const string Section = "Checkout";

    /// <summary>How long an unpaid order holds its stock and coupon before it is cancelled.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
