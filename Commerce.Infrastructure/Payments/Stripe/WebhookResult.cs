namespace Commerce.Infrastructure.Payments.Stripe;

/// <summary>How a webhook delivery ended; the endpoint turns it into the HTTP status Stripe acts on.</summary>
public enum WebhookResult
{
    /// <summary>The event was applied (or did not apply to any order of ours); answer 200.</summary>
    Processed,
    /// <summary>This event id was handled before; nothing changed; answer 200.</summary>
    Duplicate,
    /// <summary>An event type the store does not act on; answer 200 so Stripe stops sending it.</summary>
    Ignored,
    /// <summary>Missing, wrong or stale signature; nothing changed; answer 400.</summary>
    BadSignature,
    /// <summary>It could not be completed now (e.g. an automatic refund failed); nothing recorded; answer 503 so Stripe retries.</summary>
    RetryLater,
}
