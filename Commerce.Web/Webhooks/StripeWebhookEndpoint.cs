using System.Text;
using Commerce.Infrastructure.Payments.Stripe;

namespace Commerce.Web.Webhooks;

public static class StripeWebhookEndpoint
{
    public const string Path = "/webhooks/stripe";

    /// <summary>
    /// POST /webhooks/stripe. Stripe signs the exact bytes it sends, so the body is read raw, never model-bound.
    /// No antiforgery or login: the signature is the authentication. 400 tells Stripe the signature was refused,
    /// 503 asks it to deliver again later, 200 means handled (or already handled, or not of interest).
    /// </summary>
    public static RouteHandlerBuilder MapStripeWebhook(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).DisableAntiforgery().AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(HttpRequest request, StripeWebhookHandler handler, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var payload = await reader.ReadToEndAsync(cancellationToken);
        var result = await handler.HandleAsync(payload, request.Headers["Stripe-Signature"].ToString(), cancellationToken);
        // Plain-text bodies keep the status-code pages middleware from turning these answers into HTML pages.
        return result switch
        {
            WebhookResult.BadSignature => Results.Text("Invalid signature.", statusCode: StatusCodes.Status400BadRequest),
            WebhookResult.RetryLater => Results.Text("Try again later.", statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => Results.Text("OK"),
        };
    }
}
