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
            .AddPolicy(ApprovedVendor, policy => policy.RequireRole(Roles.Vendor).AddRequirements(new ApprovedVendorRequirement()));
        return services;
    }
}
