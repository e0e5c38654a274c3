using System.Net;
using System.Text;
using Commerce.Core.Ordering;
using Commerce.Infrastructure.Payments.Stripe;
using Commerce.Testing;
using Commerce.Web.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Tests.Payments;

/// <summary>POST /webhooks/stripe on a real socket: the raw body and the Stripe-Signature header reach the handler.</summary>
public sealed class StripeWebhookEndpointHttp(PaymentsDatabase store) : IClassFixture<PaymentsDatabase>, IAsyncLifetime
{
    private WebApplication _app = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store.Webhooks);
        builder.Services.AddAntiforgery();
        _app = builder.Build();
        _app.UseAntiforgery();
        _app.MapStripeWebhook();
        await _app.StartAsync();
        _http.BaseAddress = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ASignedDeliveryIsAnsweredOkAndApplied()
    {
        var order = await store.PlacePendingOrderAsync();
        var payload = StripeEvents.PaymentSucceeded(order);
        var signature = StripeWebhookPayloads.Sign(payload, PaymentsDatabase.WebhookSecret, DateTimeOffset.UtcNow);

        var first = await PostAsync(payload, signature);
        var again = await PostAsync(payload, signature);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(OrderStatus.Confirmed, (await store.StateAsync(order)).Status);
    }

    [Fact]
    public async Task ABadSignatureIsAnswered400()
    {
        var order = await store.PlacePendingOrderAsync();
        var payload = StripeEvents.PaymentSucceeded(order);

        var response = await PostAsync(payload, StripeWebhookPayloads.Sign(payload, "whsec_wrong", DateTimeOffset.UtcNow));
        var unsigned = await PostAsync(payload, signature: null);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (response.StatusCode, unsigned.StatusCode));
        Assert.Equal(OrderStatus.Pending, (await store.StateAsync(order)).Status);
    }

    private Task<HttpResponseMessage> PostAsync(string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, StripeWebhookEndpoint.Path)
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        if (signature is not null) request.Headers.Add("Stripe-Signature", signature);
        return _http.SendAsync(request);
    }
}
