using System.ComponentModel.DataAnnotations;

namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>Stripe keys (section "Stripe"). With none set the store takes payments offline; a half-set section fails at start.</summary>
public sealed class StripeOptions : IValidatableObject
{
    public const string Section = "Stripe";

    public string? SecretKey { get; set; }
    public string? PublishableKey { get; set; }
    public string? WebhookSecret { get; set; }

    /// <summary>Where API requests go instead of https://api.stripe.com (a local stripe-mock, tests).</summary>
    [Url]
    public string? ApiBase { get; set; }

    /// <summary>Timeouts, retries and the circuit breaker around every request to Stripe.</summary>
    public StripeResilienceOptions Resilience { get; set; } = new();

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var nested = new List<ValidationResult>();
        Validator.TryValidateObject(Resilience, new ValidationContext(Resilience), nested, validateAllProperties: true);
        foreach (var error in nested.Concat(Resilience.Validate(validationContext))) yield return error;

        var anySet = !string.IsNullOrWhiteSpace(SecretKey) || !string.IsNullOrWhiteSpace(WebhookSecret) || !string.IsNullOrWhiteSpace(PublishableKey);
        if (!anySet) yield break;

        // Without the webhook secret no payment would ever be confirmed; without the publishable key the browser cannot pay.
        if (!Has(SecretKey, "sk_", "rk_"))
            yield return new ValidationResult("Stripe:SecretKey must be set to a secret (sk_…) or restricted (rk_…) key.", [nameof(SecretKey)]);
        if (!Has(WebhookSecret, "whsec_"))
            yield return new ValidationResult("Stripe:WebhookSecret must be set to the endpoint's signing secret (whsec_…).", [nameof(WebhookSecret)]);
        if (!Has(PublishableKey, "pk_"))
            yield return new ValidationResult("Stripe:PublishableKey must be set to a publishable key (pk_…).", [nameof(PublishableKey)]);
    }

    private static bool Has(string? value, params string[] prefixes) =>
        !string.IsNullOrWhiteSpace(value) && prefixes.Any(p => value.StartsWith(p, StringComparison.Ordinal));
}
