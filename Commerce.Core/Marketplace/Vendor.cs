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

    public Vendor(string name, string slug, string email, decimal commissionRate)
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
    /// <summary>Fraction between 0 and 1, e.g. 0.15 for 15 %.</summary>
    public decimal CommissionRate { get; private set; }
    public string? PayoutAccountReference { get; private set; }
    public DateTimeOffset? ApprovedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool CanSell => Status == VendorStatus.Approved;

    public void Describe(string? description) => Description = description;
    public void AssignOwner(string userId) => OwnerUserId = userId;
    public void SetPayoutAccount(string? reference) => PayoutAccountReference = reference;

    public void ChangeCommission(decimal rate) =>
        CommissionRate = rate is >= 0 and <= 1 ? rate : throw new DomainException("Commission must be between 0 % and 100 %.");

    public void Approve(DateTimeOffset at)
    {
        if (Status == VendorStatus.Approved) return;
        Status = VendorStatus.Approved;
        ApprovedAt = at;
    }

    public void Suspend() => Status = Status == VendorStatus.Approved ? VendorStatus.Suspended
        : throw new DomainException("Only an approved vendor can be suspended.");

    public void Reject() => Status = Status == VendorStatus.Pending ? VendorStatus.Rejected
        : throw new DomainException("Only a pending application can be rejected.");
}
