using Commerce.Core.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>
/// Turns a queued email into its subject and bodies, loading what it is about (order, cart, variant…) by id at
/// send time. Templates are C# with an encoding builder: no template engine, nothing unencoded.
/// </summary>
public sealed class EmailRenderer(IOptions<StoreBranding> branding)
{
    public Task<RenderResult> RenderAsync(CommerceDbContext db, OutboxEmail email, CancellationToken cancellationToken = default)
    {
        var brand = branding.Value;
        var layout = new EmailLayout(brand);
        return email.Template switch
        {
            EmailTemplate.OrderConfirmation or EmailTemplate.PaymentFailed or EmailTemplate.OrderShipped or EmailTemplate.OrderDelivered
                or EmailTemplate.OrderCancelled or EmailTemplate.RefundIssued => OrderEmails.RenderAsync(db, email, layout, brand, cancellationToken),
            EmailTemplate.PasswordReset or EmailTemplate.AccountConfirmation => Task.FromResult(AccountEmails.Render(email, layout, brand)),
            EmailTemplate.VendorApproved or EmailTemplate.VendorRejected or EmailTemplate.VendorPayoutSent =>
                MarketplaceEmails.RenderAsync(db, email, layout, brand, cancellationToken),
            EmailTemplate.LowStockAlert or EmailTemplate.BackInStock => StockEmails.RenderAsync(db, email, layout, brand, cancellationToken),
            EmailTemplate.AbandonedCart => CartEmails.RenderAsync(db, email, layout, brand, cancellationToken),
            _ => throw new InvalidOperationException($"No template renders {email.Template}."),
        };
    }
}
