using System.Security.Claims;

namespace Commerce.Web.Storefront.Account;

public static class SignedInUser
{
    /// <summary>"Casey" for Casey Customer; the email when no display name was given.</summary>
    public static string FirstName(ClaimsPrincipal user) =>
        user.FindFirstValue(StoreClaimsPrincipalFactory.DisplayNameClaim)?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
        ?? user.Identity?.Name
        ?? "Account";
}
