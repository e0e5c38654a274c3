using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Stripe;

namespace Commerce.Testing;

public sealed record StripeRequest(string Method, string Path, string? IdempotencyKey, string? Authorization, IReadOnlyDictionary<string, string> Form);

/// <summary>
/// A local HTTP endpoint standing in for api.stripe.com: records what Stripe.net sends and answers with canned JSON.
/// The real <see cref="StripeClient"/> is pointed at it through ApiBase.
/// </summary>
public sealed class FakeStripeApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeStripeApi(WebApplication app) => _app = app;

    public ConcurrentQueue<StripeRequest> Requests { get; } = new();

    /// <summary>What to answer; by default a PaymentIntent or a Refund built from the request.</summary>
    public Func<StripeRequest, (int Status, string Json)> Respond { get; set; } = Default;

    /// <summary>How long to hold the answer back (a slow provider); a client that gives up first just disconnects.</summary>
    public Func<StripeRequest, TimeSpan> Delay { get; set; } = _ => TimeSpan.Zero;

    /// <summary>
    /// PaymentIntents created so far, by idempotency key, when answering with <see cref="Idempotent"/>: what a test
    /// counts to prove that retries never charged twice.
    /// </summary>
    public ConcurrentDictionary<string, string> PaymentIntents { get; } = new();

    public string BaseUrl => _app.Urls.Single();

    public StripeClient Client() => new(new StripeClientOptions { ApiKey = "sk_test_fake", ApiBase = BaseUrl });

    /// <param name="port">0 for any free port; a fixed one when its address had to be known before (a store's settings).</param>
    public static async Task<FakeStripeApi> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new FakeStripeApi(app);
        app.Run(async context =>
        {
            var form = context.Request.HasFormContentType
                ? (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString())
                : [];
            var request = new StripeRequest(context.Request.Method, context.Request.Path, context.Request.Headers["Idempotency-Key"].FirstOrDefault(),
                context.Request.Headers.Authorization.FirstOrDefault(), form);
            api.Requests.Enqueue(request);
            // Answered first, delayed after: a slow provider has usually done the work, only its answer is late.
            var (status, json) = api.Respond(request);
            try
            {
                await Task.Delay(api.Delay(request), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client timed out and left
            }
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            context.Response.Headers["Request-Id"] = "req_fake";
            await context.Response.WriteAsync(json);
        });
        await app.StartAsync();
        return api;
    }

    public static (int, string) Default(StripeRequest request) => request.Path switch
    {
        "/v1/payment_intents" => (200, $$"""
            {"id":"pi_fake_123","object":"payment_intent","amount":{{request.Form["amount"]}},"amount_received":0,
             "currency":"{{request.Form["currency"]}}","client_secret":"pi_fake_123_secret_xyz","status":"requires_payment_method",
             "automatic_payment_methods":{"enabled":true},"livemode":false,"metadata":{} }
            """),
        "/v1/refunds" => (200, $$"""
            {"id":"re_fake_456","object":"refund","amount":{{request.Form["amount"]}},"currency":"usd",
             "payment_intent":"{{request.Form["payment_intent"]}}","status":"succeeded","metadata":{} }
            """),
        // Like Stripe, the same idempotency key always answers with the same transfer.
        "/v1/transfers" => (200, $$"""
            {"id":"tr_{{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(request.IdempotencyKey ?? Guid.NewGuid().ToString())))[..16].ToLowerInvariant()}}",
             "object":"transfer","amount":{{request.Form["amount"]}},"currency":"{{request.Form["currency"]}}",
             "destination":"{{request.Form["destination"]}}","livemode":false,"metadata":{} }
            """),
        _ => (404, """{"error":{"type":"invalid_request_error","message":"Unrecognized request URL."}}"""),
    };

    /// <summary>
    /// Like Stripe: the first request with an idempotency key creates a PaymentIntent, later ones with the same key
    /// get that same intent back. Faults a test injects (500, 429, a slow answer) come before this, as at Stripe's edge.
    /// </summary>
    public (int, string) Idempotent(StripeRequest request)
    {
        if (request.Path != "/v1/payment_intents" || request.IdempotencyKey is not { } key) return Default(request);
        var id = PaymentIntents.GetOrAdd(key, _ => $"pi_fake_{PaymentIntents.Count + 1}_{Guid.NewGuid():N}"[..24]);
        return (200, $$"""
            {"id":"{{id}}","object":"payment_intent","amount":{{request.Form["amount"]}},"amount_received":0,
             "currency":"{{request.Form["currency"]}}","client_secret":"{{id}}_secret_xyz","status":"requires_payment_method",
             "automatic_payment_methods":{"enabled":true},"livemode":false,"metadata":{} }
            """);
    }

    public static (int, string) ServerError(StripeRequest _) =>
        (500, """{"error":{"type":"api_error","message":"An unknown error occurred (fake outage)."}}""");

    public static (int, string) RateLimited(StripeRequest _) =>
        (429, """{"error":{"type":"invalid_request_error","code":"rate_limit","message":"Too many requests (fake)."}}""");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
