using System.Security.Claims;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Security;

public sealed class ApprovedVendorRequirement : IAuthorizationRequirement;

/// <summary>A vendor login reaches /vendor only while its vendor is approved; a suspension takes effect at once.</summary>
internal sealed class ApprovedVendorHandler(IDbContextFactory<CommerceDbContext> contexts) : AuthorizationHandler<ApprovedVendorRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ApprovedVendorRequirement requirement)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null) return;
        await using var db = await contexts.CreateDbContextAsync();
        if (await db.Vendors.AnyAsync(v => v.OwnerUserId == userId && v.Status == VendorStatus.Approved))
            context.Succeed(requirement);
    }
}
