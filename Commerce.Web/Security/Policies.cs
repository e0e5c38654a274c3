using Commerce.Core;
using Microsoft.AspNetCore.Authorization;

namespace Commerce.Web.Security;

public static class Policies
{
    public const string Admin = "Admin";
    public const string ApprovedVendor = "ApprovedVendor";

    public static IServiceCollection AddStoreAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ApprovedVendorHandler>();
        services.AddScoped<CurrentVendor>();
        services.AddAuthorizationBuilder()
            .AddPolicy(Admin, policy => policy.RequireRole(Roles.Admin))
            // Read from the vendor row, not the cookie's roles: an approval works without signing in again and a
            // suspension locks the vendor out at once. (Approval also grants the Vendor role.)
            .AddPolicy(ApprovedVendor, policy => policy.RequireAuthenticatedUser().AddRequirements(new ApprovedVendorRequirement()));
        return services;
    }
}
