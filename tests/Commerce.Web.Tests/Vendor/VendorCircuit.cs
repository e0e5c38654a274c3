using System.Security.Claims;
using Commerce.Testing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commerce.Web.Tests.Vendor;

/// <summary>
/// The services a vendor page calls, resolved in one DI scope signed in as the given login, the way a circuit has
/// them: what a tampered circuit call (another vendor's ids) reaches without going through the page.
/// </summary>
public sealed class VendorCircuit : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;

    private VendorCircuit(AsyncServiceScope scope) => _scope = scope;

    public static async Task<VendorCircuit> SignInAsync(StoreApp app, string email)
    {
        var userId = await app.QueryAsync(db => db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync());
        var scope = app.Services.CreateAsyncScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Email, email)], "test"));
        var authentication = scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        ((IHostEnvironmentAuthenticationStateProvider)authentication).SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        return new VendorCircuit(scope);
    }

    public T Get<T>() where T : notnull => _scope.ServiceProvider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
