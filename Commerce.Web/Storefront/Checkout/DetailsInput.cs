using System.ComponentModel.DataAnnotations;
using Commerce.Core.Common;
using Commerce.Web.Storefront.Shared;

namespace Commerce.Web.Storefront.Checkout;

/// <summary>Checkout step 1's form: contact email, shipping address and, when different, billing address.</summary>
public sealed class DetailsInput : IValidatableObject
{
    [Required(ErrorMessage = "Please enter your email."), Security.StoreEmail, StringLength(254)]
    public string Email { get; set; } = "";

    public AddressInput Shipping { get; set; } = new();
    /// <summary>Unticked checkboxes post nothing, so the default is false; step 1 ticks it when it prefills.</summary>
    public bool BillingSameAsShipping { get; set; }
    public AddressInput Billing { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var error in Shipping.Errors("Shipping")) yield return error;
        if (!BillingSameAsShipping)
            foreach (var error in Billing.Errors("Billing")) yield return error;
    }
}

public sealed class AddressInput
{
    public string FullName { get; set; } = "";
    public string Line1 { get; set; } = "";
    public string? Line2 { get; set; }
    public string City { get; set; } = "";
    public string? Region { get; set; }
    public string PostalCode { get; set; } = "";
    public string CountryCode { get; set; } = "US";
    public string? Phone { get; set; }

    public static AddressInput From(Address? address) => address is null ? new() : new()
    {
        FullName = address.FullName, Line1 = address.Line1, Line2 = address.Line2, City = address.City, Region = address.Region,
        PostalCode = address.PostalCode, CountryCode = address.CountryCode, Phone = address.Phone,
    };

    public Address ToAddress() => new(FullName.Trim(), Line1.Trim(), Blank(Line2), City.Trim(), Blank(Region)?.ToUpperInvariant(),
        PostalCode.Trim().ToUpperInvariant(), CountryCode, Blank(Phone));

    /// <summary>Field errors named like the inputs ("Shipping.City"), so each shows under its own field.</summary>
    public IEnumerable<ValidationResult> Errors(string prefix)
    {
        if (string.IsNullOrWhiteSpace(FullName)) yield return new("Please enter the full name.", [$"{prefix}.{nameof(FullName)}"]);
        if (string.IsNullOrWhiteSpace(Line1)) yield return new("Please enter the street address.", [$"{prefix}.{nameof(Line1)}"]);
        if (string.IsNullOrWhiteSpace(City)) yield return new("Please enter the city.", [$"{prefix}.{nameof(City)}"]);
        if (string.IsNullOrWhiteSpace(PostalCode) || PostalCode.Trim().Length > 12)
            yield return new("Please enter a valid postcode.", [$"{prefix}.{nameof(PostalCode)}"]);
        if (!Countries.IsSupported(CountryCode)) yield return new("We don't ship to that country yet.", [$"{prefix}.{nameof(CountryCode)}"]);
        if (CountryCode is "US" or "CA" && string.IsNullOrWhiteSpace(Region))
            yield return new("Please enter the state or province (e.g. CA).", [$"{prefix}.{nameof(Region)}"]);
        foreach (var (value, field, max) in new[] { (FullName, nameof(FullName), 200), (Line1, nameof(Line1), 200), (Line2, nameof(Line2), 200), (City, nameof(City), 100), (Region, nameof(Region), 100), (Phone, nameof(Phone), 40) })
            if (value?.Length > max) yield return new($"Please use at most {max} characters.", [$"{prefix}.{field}"]);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
