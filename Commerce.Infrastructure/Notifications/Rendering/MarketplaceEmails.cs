using Commerce.Core.Common;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Infrastructure.Notifications.Rendering;

/// <summary>Emails to sellers: their application's outcome and their payouts.</summary>
internal static class MarketplaceEmails
{
    public static async Task<RenderResult> RenderAsync(CommerceDbContext db, OutboxEmail email, EmailLayout layout, StoreBranding brand,
        CancellationToken cancellationToken)
    {
        if (email.Template == EmailTemplate.VendorPayoutSent)
        {
            var payout = int.TryParse(email.Value(EmailData.PayoutId), out var payoutId)
                ? await db.VendorPayouts.AsNoTracking().SingleOrDefaultAsync(p => p.Id == payoutId, cancellationToken)
                : null;
            if (payout is null) return RenderResult.Skip("The payout no longer exists.");
            var vendorName = await db.Vendors.Where(v => v.Id == payout.VendorId).Select(v => v.Name).SingleAsync(cancellationToken);
            var amount = new Money(payout.Amount, payout.Currency).Format();
            return RenderResult.Send(layout.Compose($"Your payout of {amount} is on its way", $"{brand.Name} has sent your earnings.", body => body
                .Heading("Your payout is on its way")
                .Paragraph($"Hi {vendorName}, we've sent {amount} to your payout account: your available earnings on {payout.CreatedAt.UtcDateTime:d MMMM yyyy}.")
                .Details(("Amount", amount), ("Reference", payout.Reference), ("Sent", payout.SentAt?.UtcDateTime.ToString("d MMMM yyyy")))
                .Button("See your payouts", brand.Link("/vendor/payouts"))));
        }

        var vendor = int.TryParse(email.Value(EmailData.VendorId), out var vendorId)
            ? await db.Vendors.AsNoTracking().SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken)
            : null;
        if (vendor is null) return RenderResult.Skip("The vendor no longer exists.");

        return email.Template switch
        {
            EmailTemplate.VendorApproved => RenderResult.Send(layout.Compose($"Welcome to {brand.Name}, {vendor.Name}!",
                "Your seller account is approved.", body => body
                    .Heading("You're approved to sell")
                    .Paragraph($"Hi {vendor.Name}, your application to sell on {brand.Name} has been approved. You can add products and start selling now.")
                    .Button("Open your vendor dashboard", brand.Link("/vendor")))),
            EmailTemplate.VendorRejected => RenderResult.Send(layout.Compose($"Your {brand.Name} seller application",
                "About your application to sell.", body =>
                {
                    body.Heading("About your seller application")
                        .Paragraph($"Hi {vendor.Name}, thank you for applying to sell on {brand.Name}. We're sorry, but we can't approve your application at this time.");
                    if (email.Value(EmailData.Reason) is { Length: > 0 } reason) body.Details(("Reason", reason));
                    body.Note("If you think this is a mistake, reply to this email.");
                })),
            _ => throw new InvalidOperationException($"{email.Template} is not a marketplace email."),
        };
    }
}
