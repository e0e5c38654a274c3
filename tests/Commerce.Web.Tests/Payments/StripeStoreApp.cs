using System.Collections.Concurrent;
using Commerce.Infrastructure.Payments.Stripe;
using Commerce.Testing;

namespace Commerce.Web.Tests.Payments;

/// <summary>The seeded store with Stripe configured, its API calls going to a <see cref="FakeStripeApi"/> on this machine.</summary>
public sealed class StripeStoreApp : StoreApp
{
    public const string PublishableKey = "pk_test_commerce_web";
    public const string WebhookSecret = "whsec_test_commerce_web";

    // Like Stripe: a request repeated with an idempotency key gets the first answer, so one key makes one PaymentIntent.
    private readonly ConcurrentDictionary<string, (int, string)> _answers = new();

    // Known before the store starts, so its settings can name it; the fake itself starts after the store (see InitializeAsync).
    private readonly int _stripePort = FreePort();

    public FakeStripeApi Stripe { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Stripe:SecretKey"] = "sk_test_commerce_web",
        ["Stripe:PublishableKey"] = PublishableKey,
        ["Stripe:WebhookSecret"] = WebhookSecret,
        ["Stripe:ApiBase"] = $"http://127.0.0.1:{_stripePort}",
    };

    public override async Task InitializeAsync()
    {
        // A host built in the test process before a WebApplicationFactory starts can leave the store on its default
        // configuration (port 5000, no test settings): the store starts first, then the fake it calls.
        await base.InitializeAsync();
        Stripe = await FakeStripeApi.StartAsync(_stripePort);
        Stripe.Respond = request => request is { Method: "POST", Path: "/v1/payment_intents", IdempotencyKey: { } key }
            ? _answers.GetOrAdd(key, _ => NewPaymentIntent(request))
            : FakeStripeApi.Default(request);
    }


    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
    }

    /// <summary>Every PaymentIntent create the store sent for this order (replays of the same key included).</summary>
    public IReadOnlyList<StripeRequest> IntentCreatesFor(Guid orderId) => Stripe.Requests
        .Where(r => r is { Method: "POST", Path: "/v1/payment_intents" } && r.Form.GetValueOrDefault("metadata[order_id]") == orderId.ToString())
        .ToList();

    /// <summary>The PaymentIntent the fake created for the order: its id and client secret.</summary>
    public (string Id, string ClientSecret) IntentOf(Guid orderId)
    {
        var json = System.Text.Json.JsonDocument.Parse(_answers[StripePaymentGateway.PaymentIdempotencyKey(orderId)].Item2).RootElement;
        return (json.GetProperty("id").GetString()!, json.GetProperty("client_secret").GetString()!);
    }

    private static (int, string) NewPaymentIntent(StripeRequest request)
    {
        var id = "pi_" + Guid.NewGuid().ToString("N")[..24];
        var metadata = request.Form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["metadata[".Length..^1], f => f.Value);
        return (200, System.Text.Json.JsonSerializer.Serialize(new
        {
            id,
            @object = "payment_intent",
            amount = long.Parse(request.Form["amount"], System.Globalization.CultureInfo.InvariantCulture),
            amount_received = 0,
            currency = request.Form["currency"],
            client_secret = $"{id}_secret_{Guid.NewGuid():N}",
            status = "requires_payment_method",
            automatic_payment_methods = new { enabled = true },
            livemode = false,
            metadata,
        }));
    }
}

[CollectionDefinition(Name)]
public sealed class StripeStoreCollection : ICollectionFixture<StripeStoreApp>
{
    public const string Name = "stripe-store";
}
