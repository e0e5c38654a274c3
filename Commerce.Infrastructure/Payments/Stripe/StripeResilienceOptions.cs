using System.ComponentModel.DataAnnotations;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>
/// How long the store waits for Stripe and when it stops asking (section "Stripe:Resilience"). The defaults bound a
/// checkout's wait for the provider to <see cref="TotalTimeout"/>: three tries of at most <see cref="AttemptTimeout"/>.
/// </summary>
public sealed class StripeResilienceOptions : IValidatableObject
{
    /// <summary>One HTTP request to Stripe; a slower answer counts as a failure and is retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>All tries of one call together: the longest a shopper waits for the provider.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries after a 5xx, 429, timeout or network error; each reuses the call's idempotency key.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay; later ones back off exponentially with jitter (or follow Retry-After).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The circuit opens when at least half of this many attempts within <see cref="SamplingDuration"/> failed.</summary>
    [Range(2, 1000)]
    public int MinimumThroughput { get; set; } = 6;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>While open, no request goes to Stripe; then one trial request decides whether it closes.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout < AttemptTimeout)
            yield return new ValidationResult("Stripe:Resilience:AttemptTimeout must be positive and not longer than TotalTimeout.");
        if (BreakDuration < TimeSpan.FromMilliseconds(500) || SamplingDuration < TimeSpan.FromMilliseconds(500) || RetryDelay < TimeSpan.Zero)
            yield return new ValidationResult("Stripe:Resilience:BreakDuration and SamplingDuration must be at least 0.5 s; RetryDelay not negative.");
    }
}
