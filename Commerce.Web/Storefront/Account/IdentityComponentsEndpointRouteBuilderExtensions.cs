using Commerce.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Microsoft.AspNetCore.Routing;

internal static class IdentityComponentsEndpointRouteBuilderExtensions
{
    // Endpoints the Identity Razor components post to (a static page cannot sign out by itself).
    public static IEndpointConventionBuilder MapAdditionalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account");

        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            var target = string.IsNullOrEmpty(returnUrl) || returnUrl.StartsWith("admin", StringComparison.OrdinalIgnoreCase)
                || returnUrl.StartsWith("vendor", StringComparison.OrdinalIgnoreCase) ? "" : returnUrl.TrimStart('/');
            return TypedResults.LocalRedirect($"~/{target}");
        });

        return accountGroup;
    }
}
