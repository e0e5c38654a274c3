using System.ComponentModel.DataAnnotations;
using Commerce.Core.Common;
using Commerce.Core.Marketplace;
using VendorEntity = Commerce.Core.Marketplace.Vendor;
using Commerce.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Storefront.Sell;

public sealed record ApplicationStatus(int VendorId, string Name, VendorStatus Status, string? Reason, DateTimeOffset AppliedAt);

/// <summary>A signed-in user's application to sell: one shop per login, pending until an admin decides.</summary>
public sealed class VendorApplicationService(IDbContextFactory<CommerceDbContext> contexts, TimeProvider clock)
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your shop's name."), StringLength(100, MinimumLength = 2)]
        public string ShopName { get; set; } = "";

        [Required(ErrorMessage = "Tell shoppers what you sell."), StringLength(2000, MinimumLength = 20, ErrorMessage = "Describe your shop in 20 to 2,000 characters.")]
        public string Description { get; set; } = "";

        [Required(ErrorMessage = "Enter a contact name."), StringLength(100)]
        public string ContactName { get; set; } = "";

        [Required(ErrorMessage = "Enter a contact email."), EmailAddress(ErrorMessage = "Enter a valid email address."), StringLength(254)]
        public string Email { get; set; } = "";

        [StringLength(40)]
        public string? Phone { get; set; }

        [Required(ErrorMessage = "Choose your country."), RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Choose your country.")]
        public string Country { get; set; } = "US";

        /// <summary>A Stripe connected account id (acct_…) for automatic payouts, or bank details for manual ones.</summary>
        [Required(ErrorMessage = "Enter where we should pay you."), StringLength(200)]
        public string PayoutDetails { get; set; } = "";
    }

    public async Task<ApplicationStatus?> StatusAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Vendors.AsNoTracking().Where(v => v.OwnerUserId == userId)
            .Select(v => new ApplicationStatus(v.Id, v.Name, v.Status, v.Status == VendorStatus.Rejected ? v.RejectionReason : v.Status == VendorStatus.Suspended ? v.SuspensionReason : null, v.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Null when the application was filed; otherwise why not (already a seller, a taken name).</summary>
    public async Task<string?> ApplyAsync(string userId, InputModel input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Vendors.SingleOrDefaultAsync(v => v.OwnerUserId == userId, cancellationToken);
        if (existing is { Status: not VendorStatus.Rejected }) return "You have already applied with this account.";
        var name = input.ShopName.Trim();
        if (await db.Vendors.AnyAsync(v => v.Name.ToLower() == name.ToLower() && v.Id != (existing == null ? 0 : existing.Id), cancellationToken))
            return "A shop with that name already sells here. Choose another name.";
        try
        {
            var vendor = existing ?? new VendorEntity(name, await FreeSlugAsync(db, name, cancellationToken), input.Email);
            if (existing is not null) existing.Reapply(name, input.Email);
            else vendor.AssignOwner(userId);
            vendor.Apply(input.ContactName, input.Phone, input.Country, input.Description, input.PayoutDetails);
            if (existing is null) db.Vendors.Add(vendor);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the unique owner index keeps one.
            return "You have already applied with this account.";
        }
    }

    private static async Task<string> FreeSlugAsync(CommerceDbContext db, string name, CancellationToken cancellationToken)
    {
        var root = Slug.From(name);
        var taken = await db.Vendors.Where(v => v.Slug == root || v.Slug.StartsWith(root + "-")).Select(v => v.Slug).ToListAsync(cancellationToken);
        if (!taken.Contains(root)) return root;
        for (var n = 2; ; n++)
            if (!taken.Contains($"{root}-{n}")) return $"{root}-{n}";
    }

    public DateTimeOffset Now => clock.GetUtcNow();
}
