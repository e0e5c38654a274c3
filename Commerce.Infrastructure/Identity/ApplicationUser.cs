using Microsoft.AspNetCore.Identity;

namespace Commerce.Infrastructure.Identity;

/// <summary>A login. Shopper data lives on Customer, seller data on Vendor; both point back here by user id.</summary>
public class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
