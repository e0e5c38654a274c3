using System.Security.Claims;
using Commerce.Core.Marketplace;
using Commerce.Infrastructure.Persistence;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Commerce.Web.Security;

/// <summary>The approved vendor behind the signed-in user. Every vendor-area query is scoped by <see cref="IdAsync"/>.</summary>
public sealed class CurrentVendor(AuthenticationStateProvider authentication, IDbContextFactory<CommerceDbContext> contexts)
{
    private int? _vendorId;

    public async Task<int> IdAsync(CancellationToken cancellationToken = default)
    {
        if (_vendorId is { } known) return known;
        var state = await authentication.GetAuthenticationStateAsync();
        var userId = state.User.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new UnauthorizedAccessException("Not signed in.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        _vendorId = await db.Vendors.Where(v => v.OwnerUserId == userId && v.Status == VendorStatus.Approved)
            .Select(v => (int?)v.Id).SingleOrDefaultAsync(cancellationToken)
            ?? throw new UnauthorizedAccessException("This account is not an approved vendor.");
        return _vendorId.Value;
    }
}
