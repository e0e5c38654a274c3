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
            var target = Commerce.Web.Security.LocalUrl.OrFallback(returnUrl);
            return TypedResults.LocalRedirect(Commerce.Web.Components.BackOfficeAreas.Contains(new PathString(target.Split('?')[0])) ? "/" : target);
        });

        return accountGroup;
    }
}
