using Commerce.Core.Common;

namespace Commerce.Core.Customers;

public class Customer : IAuditable
{
    private readonly List<CustomerAddress> _addresses = [];

    private Customer() { }

    public Customer(string email, string? firstName, string? lastName, string? userId = null)
    {
        Email = NormalizeEmail(email);
        FirstName = firstName?.Trim();
        LastName = lastName?.Trim();
        UserId = userId;
        Currency = Common.Currency.Default;
    }

    public int Id { get; private set; }
    /// <summary>The Identity user behind this customer, if they registered.</summary>
    public string? UserId { get; private set; }
    public string Email { get; private set; } = "";
    public string? Phone { get; private set; }
    public string? FirstName { get; private set; }
    public string? LastName { get; private set; }
    public bool MarketingConsent { get; private set; }
    /// <summary>Staff's private notes about this customer; never shown to the customer.</summary>
    public string? Notes { get; private set; }
    public int OrderCount { get; private set; }
    public string Currency { get; private set; } = Common.Currency.Default;
    public decimal TotalSpent { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public IReadOnlyCollection<CustomerAddress> Addresses => _addresses;

    public string DisplayName => string.Join(" ", new[] { FirstName, LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : Email;

    public static string NormalizeEmail(string email)
    {
        var value = Guard.NotBlank(email, "Email", 254).ToLowerInvariant();
        var at = value.IndexOf('@');
        return at > 0 && at < value.Length - 1 && !value.Contains(' ') ? value : throw new DomainException($"'{email}' is not an email address.");
    }

    public void LinkUser(string userId) => UserId = userId;
    public void SetPhone(string? phone) => Phone = phone?.Trim();
    public void SetMarketingConsent(bool consent) => MarketingConsent = consent;

    public void WriteNotes(string? notes)
    {
        var text = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (text is { Length: > MaxNotesLength }) throw new DomainException($"Notes must be at most {MaxNotesLength} characters.");
        Notes = text;
    }

    public const int MaxNotesLength = 4000;

    public void RecordOrder(Money total)
    {
        if (total.Currency != Currency) throw new DomainException($"Customer totals are kept in {Currency}.");
        OrderCount++;
        TotalSpent += total.Amount;
    }

    public CustomerAddress AddAddress(Address address, AddressKind kind, bool makeDefault = false)
    {
        var entry = new CustomerAddress(address, kind);
        _addresses.Add(entry);
        if (makeDefault || !_addresses.Any(a => a.Kind == kind && a.IsDefault)) MakeDefault(entry);
        return entry;
    }

    public void MakeDefault(CustomerAddress address)
    {
        if (!_addresses.Contains(address)) throw new DomainException("That address belongs to another customer.");
        foreach (var each in _addresses.Where(a => a.Kind == address.Kind)) each.IsDefault = ReferenceEquals(each, address);
    }
}
