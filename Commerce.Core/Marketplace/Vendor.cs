using Commerce.Core.Common;

namespace Commerce.Core.Marketplace;

public enum VendorStatus
{
    Pending = 0,
    Approved = 1,
    Suspended = 2,
    Rejected = 3,
}

/// <summary>A marketplace seller. The store keeps <see cref="CommissionRate"/> of each sale; the rest is paid out.</summary>
public class Vendor : IAuditable
{
    private Vendor() { }

    public Vendor(string name, string slug, string email, decimal? commissionRate = null)
    {
        Name = Guard.NotBlank(name, "Vendor name", 100);
        Slug = Common.Slug.IsValid(slug) ? slug : throw new DomainException($"'{slug}' is not a valid slug.");
        Email = Customers.Customer.NormalizeEmail(email);
        ChangeCommission(commissionRate);
        Status = VendorStatus.Pending;
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string? Description { get; private set; }
    public string? OwnerUserId { get; private set; }
    public VendorStatus Status { get; private set; }
    /// <summary>Fraction between 0 and 1, e.g. 0.15 for 15 %; null means the store's default rate.</summary>
    public decimal? CommissionRate { get; private set; }
    public string? ContactName { get; private set; }
    public string? Phone { get; private set; }
    public string? Country { get; private set; }
    public string? LogoUrl { get; private set; }
    public string? RejectionReason { get; private set; }
    public string? SuspensionReason { get; private set; }
    public string? PayoutAccountReference { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool CanSell => Status == VendorStatus.Approved;

    public void Describe(string? description) => Description = description;
    public void AssignOwner(string userId) => OwnerUserId = userId;
    public void SetPayoutAccount(string? reference) => PayoutAccountReference = reference;

    public void ChangeCommission(decimal? rate) =>
        CommissionRate = rate is null or (>= 0 and <= 1) ? rate : throw new DomainException("Commission must be between 0 % and 100 %.");

    /// <summary>What an applicant tells the store about the shop; kept for the admin's review.</summary>
    public void Apply(string contactName, string? phone, string country, string? description, string? payoutAccount)
    {
        ContactName = Guard.NotBlank(contactName, "Contact name", 100);
        Phone = string.IsNullOrWhiteSpace(phone) ? null : Guard.NotBlank(phone, "Phone", 40);
        Country = Guard.NotBlank(country, "Country", 2).ToUpperInvariant();
        Description = string.IsNullOrWhiteSpace(description) ? null : Guard.NotBlank(description, "Description", 2000);
        PayoutAccountReference = string.IsNullOrWhiteSpace(payoutAccount) ? null : Guard.NotBlank(payoutAccount, "Payout details", 200);
    }

    /// <summary>A Stripe Connect account id ("acct_…") when the payout details are one; manual payouts otherwise.</summary>
    public string? ConnectedAccountId => PayoutAccountReference is { } r && r.StartsWith("acct_", StringComparison.Ordinal) ? r : null;

    public void Approve(DateTimeOffset at)
    {
        if (Status == VendorStatus.Approved) return;
        if (Status != VendorStatus.Pending) throw new DomainException($"A {Status.ToString().ToLowerInvariant()} vendor cannot be approved.");
        Status = VendorStatus.Approved;
        ApprovedAt = at;
    }

    public void Suspend(string reason = "Suspended by the store.")
    {
        if (Status != VendorStatus.Approved) throw new DomainException("Only an approved vendor can be suspended.");
        SuspensionReason = Guard.NotBlank(reason, "Reason", 500);
        Status = VendorStatus.Suspended;
    }

    public void Reinstate()
    {
        if (Status != VendorStatus.Suspended) throw new DomainException("Only a suspended vendor can be reinstated.");
        SuspensionReason = null;
        Status = VendorStatus.Approved;
    }

    /// <summary>A rejected applicant applies again: pending review once more, under the (possibly new) name.</summary>
    public void Reapply(string name, string email)
    {
        if (Status != VendorStatus.Rejected) throw new DomainException("Only a rejected application can be made again.");
        Name = Guard.NotBlank(name, "Vendor name", 100);
        Email = Customers.Customer.NormalizeEmail(email);
        RejectionReason = null;
        Status = VendorStatus.Pending;
    }

    public void Reject(string reason = "Not a fit for the store.")
    {
        if (Status != VendorStatus.Pending) throw new DomainException("Only a pending application can be rejected.");
        RejectionReason = Guard.NotBlank(reason, "Reason", 500);
        Status = VendorStatus.Rejected;
    }
}
