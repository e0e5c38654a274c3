using Commerce.Core;
using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using VendorEntity = Commerce.Core.Marketplace.Vendor;
using Commerce.Core.Marketplace.Ledger;
using Commerce.Core.Notifications;
using Commerce.Infrastructure.Identity;
using Commerce.Infrastructure.Marketplace;
using Commerce.Infrastructure.Notifications;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Admin.Vendors;

public sealed record VendorRow(int Id, string Name, string Slug, string Email, VendorStatus Status, decimal? OwnRate, decimal Rate, int Products, DateTimeOffset AppliedAt);

public sealed record VendorDetail(int Id, string Name, string Slug, string Email, VendorStatus Status, decimal? OwnRate, decimal DefaultRate,
    string? ContactName, string? Phone, string? Country, string? Description, string? PayoutDetails, string? RejectionReason, string? SuspensionReason,
    DateTimeOffset AppliedAt, DateTimeOffset? ApprovedAt, int ActiveProducts, VendorBalance Balance, IReadOnlyList<PayoutRow> Payouts);

public sealed record PayoutRow(int Id, int VendorId, string VendorName, Money Amount, PayoutMethod Method, PayoutStatus Status, int Attempt,
    string? Reference, string? FailureReason, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

/// <summary>The admin's side of the marketplace: applications, commission, suspension, a vendor's money.</summary>
public sealed class VendorsAdminService(IDbContextFactory<CommerceDbContext> contexts, UserManager<ApplicationUser> users, MarketplaceLedger ledger, TimeProvider clock)
{
    public async Task<IReadOnlyList<VendorRow>> ListAsync(VendorStatus? status, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Vendors.AsNoTracking().Where(v => status == null || v.Status == status).OrderBy(v => v.Status).ThenBy(v => v.Name)
            .Select(v => new { v.Id, v.Name, v.Slug, v.Email, v.Status, v.CommissionRate, v.CreatedAt, Products = db.Products.Count(p => p.VendorId == v.Id) })
            .ToListAsync(cancellationToken);
        return rows.Select(v => new VendorRow(v.Id, v.Name, v.Slug, v.Email, v.Status, v.CommissionRate, ledger.Options.Policy.RateFor(v.CommissionRate), v.Products, v.CreatedAt)).ToList();
    }

    public async Task<VendorDetail?> DetailAsync(int vendorId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var v = await db.Vendors.AsNoTracking().SingleOrDefaultAsync(x => x.Id == vendorId, cancellationToken);
        if (v is null) return null;
        var products = await db.Products.CountAsync(p => p.VendorId == vendorId && p.Status == Core.Catalog.ProductStatus.Active, cancellationToken);
        var balance = await MarketplaceLedger.BalanceAsync(db, vendorId, Currency.Default, clock.GetUtcNow(), cancellationToken);
        var payouts = await PayoutQueries.ListAsync(db, vendorId, null, 50, cancellationToken);
        return new VendorDetail(v.Id, v.Name, v.Slug, v.Email, v.Status, v.CommissionRate, ledger.Options.DefaultCommissionRate, v.ContactName, v.Phone,
            v.Country, v.Description, v.PayoutAccountReference, v.RejectionReason, v.SuspensionReason, v.CreatedAt, v.ApprovedAt, products, balance, payouts);
    }

    /// <summary>Approves the application: the owner gets the Vendor role and an email; the shop page goes live.</summary>
    public Task<string> ApproveAsync(int vendorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(vendorId, async (db, vendor) =>
        {
            vendor.Approve(clock.GetUtcNow());
            if (vendor.OwnerUserId is { } owner && await users.FindByIdAsync(owner) is { } user && !await users.IsInRoleAsync(user, Roles.Vendor))
            {
                var added = await users.AddToRoleAsync(user, Roles.Vendor);
                if (!added.Succeeded) throw new DomainException("The owner's login could not be given the Vendor role.");
            }
            await db.QueueAsync(OutboxEmail.Create(EmailTemplate.VendorApproved, $"VendorApproved:{vendor.Id}", vendor.Email,
                new Dictionary<string, string> { [EmailData.VendorId] = vendor.Id.ToString() }), cancellationToken);
            return $"{vendor.Name} is approved and has been emailed.";
        }, cancellationToken);

    public Task<string> RejectAsync(int vendorId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(vendorId, async (db, vendor) =>
        {
            vendor.Reject(reason);
            await db.QueueAsync(OutboxEmail.Create(EmailTemplate.VendorRejected, $"VendorRejected:{vendor.Id}:{clock.GetUtcNow().ToUnixTimeSeconds()}", vendor.Email,
                new Dictionary<string, string> { [EmailData.VendorId] = vendor.Id.ToString(), [EmailData.Reason] = vendor.RejectionReason! }), cancellationToken);
            return $"{vendor.Name}'s application was rejected; the applicant has been emailed.";
        }, cancellationToken);

    /// <summary>Takes the vendor's products off the storefront at once (the search index follows the vendor row); its orders stay.</summary>
    public Task<string> SuspendAsync(int vendorId, string reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(vendorId, (_, vendor) => { vendor.Suspend(reason); return Task.FromResult($"{vendor.Name} is suspended; its products are off the storefront."); }, cancellationToken);

    public Task<string> ReinstateAsync(int vendorId, CancellationToken cancellationToken = default) =>
        ChangeAsync(vendorId, (_, vendor) => { vendor.Reinstate(); return Task.FromResult($"{vendor.Name} is selling again."); }, cancellationToken);

    /// <param name="percent">Null for the store's default rate.</param>
    public Task<string> SetCommissionAsync(int vendorId, decimal? percent, CancellationToken cancellationToken = default) =>
        ChangeAsync(vendorId, (_, vendor) =>
        {
            vendor.ChangeCommission(percent / 100m);
            return Task.FromResult(percent is null ? $"{vendor.Name} now pays the store's default commission." : $"{vendor.Name} now pays {percent:0.##} % commission on new sales.");
        }, cancellationToken);

    /// <summary>Result message; a broken rule comes back as its message and nothing is saved.</summary>
    private async Task<string> ChangeAsync(int vendorId, Func<CommerceDbContext, VendorEntity, Task<string>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var vendor = await db.Vendors.SingleOrDefaultAsync(v => v.Id == vendorId, cancellationToken);
        if (vendor is null) return "That vendor does not exist.";
        try
        {
            var message = await change(db, vendor);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return message;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
    }
}

/// <summary>Payout lists for the admin pages.</summary>
public static class PayoutQueries
{
    public static async Task<IReadOnlyList<PayoutRow>> ListAsync(CommerceDbContext db, int? vendorId, PayoutStatus? status, int take, CancellationToken cancellationToken) =>
        await db.VendorPayouts.AsNoTracking()
            .Where(p => (vendorId == null || p.VendorId == vendorId) && (status == null || p.Status == status))
            .OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id).Take(take)
            .Join(db.Vendors, p => p.VendorId, v => v.Id, (p, v) => new PayoutRow(p.Id, p.VendorId, v.Name, new Money(p.Amount, p.Currency), p.Method, p.Status,
                p.Attempt, p.Reference, p.FailureReason, p.CreatedAt, p.SentAt))
            .ToListAsync(cancellationToken);
}
