using Commerce.Core.Common;
using Commerce.Core.Customers;
using Commerce.Core.Ordering;

namespace Commerce.Web.Admin.Customers;

/// <summary>A row of the customers grid. Orders and spend are the counters the statistics job keeps (net of refunds).</summary>
public sealed record CustomerRow(int Id, string Name, string Email, bool Registered, bool Locked, bool MarketingConsent,
    int Orders, Money TotalSpent, DateTimeOffset CreatedAt);

public sealed record CustomerList(IReadOnlyList<CustomerRow> Rows, int Total);

/// <summary>How the grid is asked for: text (email, name or phone), sort column, page.</summary>
public sealed record CustomerQuery(string? Search, string? SortBy = null, bool Descending = false, int Page = 0, int PageSize = 25);

public sealed record CustomerOrderRow(Guid Id, string Number, DateTimeOffset PlacedAt, OrderStatus Status, PaymentStatus Payment, Money Total, Money Refunded);

public sealed record CustomerAddressRow(AddressKind Kind, bool IsDefault, Address Address);

public sealed record CustomerDetails(
    int Id,
    string Email,
    string Name,
    string? Phone,
    bool MarketingConsent,
    string? Notes,
    DateTimeOffset CreatedAt,
    bool Registered,
    DateTimeOffset? LockedUntil,
    bool IsStaff,
    IReadOnlyList<CustomerAddressRow> Addresses,
    IReadOnlyList<CustomerOrderRow> Orders,
    int OrderCount,
    Money Spent,
    Money Refunded)
{
    /// <summary>What the customer has paid the store and kept: sales less their refunds, as <see cref="Core.Reporting.Sales"/> defines them.</summary>
    public Money TotalSpent => Spent - Refunded;
    public bool Locked => LockedUntil is { } until && until > DateTimeOffset.UtcNow;
}

/// <summary>Locking, unlocking or saving notes: done, or refused with a reason (and nothing changed).</summary>
public sealed record CustomerActionResult(bool Ok, string Message);
