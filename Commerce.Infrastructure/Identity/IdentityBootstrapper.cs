using Commerce.Core;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace Commerce.Infrastructure.Identity;

/// <summary>Creates the three roles and, when configured, the first administrator.</summary>
public sealed class IdentityBootstrapper(
    RoleManager<IdentityRole> roles,
    UserManager<ApplicationUser> users,
    ILogger<IdentityBootstrapper> logger)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
    }

    /// <summary>Creates a confirmed user with the given role unless one with that email exists; returns the user.</summary>
    public async Task<ApplicationUser> EnsureUserAsync(string email, string password, string role, string? displayName = null)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
            Check(await users.CreateAsync(user, password), $"create user {email}");
            logger.LogInformation("Created {Role} account {Email}", role, email);
        }
        if (!await users.IsInRoleAsync(user, role)) Check(await users.AddToRoleAsync(user, role), $"add {email} to {role}");
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
