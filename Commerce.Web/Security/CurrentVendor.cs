using System.Security.Claims;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Security;

/// <summary>The approved vendor behind the signed-in user. Every vendor-area query is scoped by <see cref="IdAsync"/>.</summary>
public sealed class CurrentVendor(AuthenticationStateProvider authentication, IDbContextFactory<CommerceDbContext> contexts)
{
    public async Task<int> IdAsync(CancellationToken cancellationToken = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return await IdAsync(state.User, cancellationToken);
    }

    /// <summary>For plain HTTP endpoints (a CSV download), where the user comes from the request rather than the circuit.</summary>
    public async Task<int> IdAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        // Looked up on every call, never cached for the circuit: a suspension stops the next action at once.
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new UnauthorizedAccessException("Not signed in.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Vendors.Where(v => v.OwnerUserId == userId && v.Status == VendorStatus.Approved)
            .Select(v => (int?)v.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new UnauthorizedAccessException("This account is not an approved vendor.");
    }
}
